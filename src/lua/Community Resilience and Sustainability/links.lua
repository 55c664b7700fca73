--- Module:Community Resilience and Sustainability/links
--
-- Link targets: an http(s) URL or a wiki title, checked and normalised as
-- the gadget does, the text a link without a label shows, and a target
-- written so that wikitext reads nothing in it as markup.
--
-- Mirrors src/data/links.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local values = require( 'Module:Community Resilience and Sustainability/values' )

local trim = values.trim

local p = {}

--- Every character of `text` that `pattern` matches, as %XX.
---@param text string
---@param pattern string a Lua character class
---@return string
local function percentEncode( text, pattern )
	return ( text:gsub( pattern, function ( c )
		return string.format( '%%%02X', c:byte() )
	end ) )
end

--- Percent-encodes what would end an external link in wikitext, what the
--- parser would read as markup before it reads links ('' and __), and what
--- new URL() encodes in the gadget (spaces, controls, non-ASCII bytes).
---@param url string
---@return string
local function encodeUrlChars( url )
	return percentEncode( url, "[%z\1-\32\"'<>%[%]_`{|}\127-\255]" )
end

--- An http(s) URL as { kind = 'external', url, host, path }, normalised like
--- the gadget's new URL(): lower-case scheme and host, "/" for an empty path.
---@param text string
---@return table|nil
local function parseExternalUrl( text )
	local scheme, rest = text:match( '^([Hh][Tt][Tt][Pp][Ss]?)://(.*)$' )
	if not scheme then
		return nil
	end
	-- As new URL() does for http(s): more slashes before the host are skipped.
	rest = rest:gsub( '^[/\\]+', '' )
	local authority, tail = rest:match( '^([^/?#]*)(.*)$' )
	local host = authority:gsub( '^.*@', '' ):gsub( ':%d*$', '' )
	if host == '' or host:find( '[%s%%<>%[%]"\\^`{|}]' ) then
		return nil
	end
	if tail == '' or tail:sub( 1, 1 ) ~= '/' then
		tail = '/' .. tail
	end
	local url = scheme:lower() .. '://' .. authority:lower() .. encodeUrlChars( tail )
	local path = encodeUrlChars( tail:match( '^([^?#]*)' ) )
	return { kind = 'external', url = url, host = host:lower(), path = path }
end

--- A link target: an http(s) URL or a wiki title (src/data/links.ts), or nil.
---@param value any
---@return table|nil
local function parseLinkTarget( value )
	if type( value ) ~= 'string' then
		return nil
	end
	local text = trim( value )
	if text == '' then
		return nil
	end
	if text:match( '^[Hh][Tt][Tt][Pp][Ss]?://' ) then
		return parseExternalUrl( text )
	end
	if text:match( '^%a[%w+.-]*://' ) or text:sub( 1, 2 ) == '//' then
		return nil
	end
	local scheme = text:match( '^(%a+):' )
	local refused = { javascript = true, data = true, vbscript = true, mailto = true }
	if scheme and refused[ scheme:lower() ] then
		return nil
	end
	if text:find( '[<>%[%]{}|%z\1-\31\127]' ) or text:find( '\239\191\189' ) or mw.ustring.len( text ) > 255 then
		return nil
	end
	return { kind = 'wiki', title = text }
end

--- The text a link without a label shows (src/data/links.ts defaultLinkText).
---@param target table
---@return string
local function defaultLinkText( target )
	if target.kind == 'wiki' then
		return ( target.title:gsub( '_', ' ' ):gsub( '^:', '' ) )
	end
	local path = target.path == '/' and '' or mw.uri.decode( target.path, 'PATH' )
	return target.host:gsub( '^www%.', '' ) .. path
end

--- A wiki title in a link target: every character that could mean
--- something else in wikitext is percent-encoded (MediaWiki decodes it).
---@param title string
---@return string
local function linkTargetWikitext( title )
	return percentEncode( title, "[%%%[%]{}|<>&'_~=#!:*;\"\\%-]" )
end

p.percentEncode = percentEncode
p.encodeUrlChars = encodeUrlChars
p.parseExternalUrl = parseExternalUrl
p.parseLinkTarget = parseLinkTarget
p.defaultLinkText = defaultLinkText
p.linkTargetWikitext = linkTargetWikitext

return p
