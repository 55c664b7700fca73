--- Module:Community Resilience and Sustainability/html
--
-- Output helpers shared by the views: every text is escaped (nothing in the
-- data becomes markup), a text in another language than the page's is
-- marked with its lang and dir, inline texts are bidi isolates; interface
-- messages with their parameters; links and lists of links.
--
-- Mirrors src/render/text.ts and src/render/links.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local language = require( 'Module:Community Resilience and Sustainability/language' )
local linkTargets = require( 'Module:Community Resilience and Sustainability/links' )

local directionOf = language.directionOf
local defaultLinkText, linkTargetWikitext = linkTargets.defaultLinkText, linkTargets.linkTargetWikitext

local p = {}

--- Text as wikitext that shows exactly this text (one line: newlines are spaces).
---@param text string
---@return string
local function escape( text )
	return mw.text.nowiki( ( text:gsub( '[\r\n\t]+', ' ' ) ) )
end

---@param ctx table
---@param node table mw.html
---@param lang string
---@return table
local function markLanguage( ctx, node, lang )
	if lang ~= ctx.lang then
		node:attr( 'lang', lang ):attr( 'dir', directionOf( lang ) )
	end
	return node
end

--- A data text in the first language of the chain that has it.
---@param ctx table
---@param text table
---@return string, string
local function pick( ctx, text )
	for _, lang in ipairs( ctx.chain ) do
		if text[ lang ] then
			return text[ lang ], lang
		end
	end
	if text[ ctx.defaultLanguage ] then
		return text[ ctx.defaultLanguage ], ctx.defaultLanguage
	end
	local first = text._order[ 1 ]
	return text[ first ], first
end

local INLINE_TAGS = { span = true, strong = true }

--- Makes an inline element a bidi isolate (src/render/text.ts isolate): a
--- text in a known other language has its dir already, any other gets
--- dir="auto", so a U+202E in the data never reorders the words around it.
--- Block elements are bidi paragraphs of their own.
---@param node table mw.html
---@param tag string
---@return table
local function isolate( node, tag )
	if INLINE_TAGS[ tag ] and not node:getAttr( 'dir' ) then
		node:attr( 'dir', 'auto' )
	end
	return node
end

--- An element with a data text in it, marked with its language.
---@param ctx table
---@param tag string
---@param text table
---@param class string|nil
---@return table
local function localText( ctx, tag, text, class )
	local value, lang = pick( ctx, text )
	local node = markLanguage( ctx, mw.html.create( tag ):addClass( class ):wikitext( escape( value ) ), lang )
	return isolate( node, tag )
end

--- An interface message with its parameters (plain text) substituted.
---@param ctx table
---@param key string
---@param params table|nil
---@return string, string
local function msgText( ctx, key, params )
	local text = ctx.messages.texts[ key ] or key
	text = text:gsub( '%$(%d)', function ( n )
		return ( params or {} )[ tonumber( n ) ] or ''
	end )
	return text, ctx.messages.langs[ key ] or 'en'
end

---@param ctx table
---@param tag string
---@param key string
---@param params table|nil
---@param class string|nil
---@return table
local function message( ctx, tag, key, params, class )
	local text = ctx.messages.texts[ key ] or key
	local lang = ctx.messages.langs[ key ] or 'en'
	local node = mw.html.create( tag ):addClass( class )
	-- Each parameter (data, a date) in its own <bdi>, as the gadget's messageParts.
	local rest = 1
	for before, n, after in text:gmatch( '()%$(%d)()' ) do
		node:wikitext( escape( text:sub( rest, before - 1 ) ) )
		local param = ( params or {} )[ tonumber( n ) ]
		if type( param ) == 'table' and type( param.text ) ~= 'string' then
			-- An element (a link), put in as it is: the caller isolated it.
			node:node( param )
		elseif type( param ) == 'table' then
			markLanguage( { lang = lang }, node:tag( 'bdi' ):wikitext( escape( param.text ) ), param.lang )
		elseif param then
			markLanguage( { lang = lang }, node:tag( 'bdi' ):wikitext( escape( tostring( param ) ) ), ctx.lang )
		end
		rest = after
	end
	node:wikitext( escape( text:sub( rest ) ) )
	return markLanguage( ctx, node, lang )
end

--- A link as wikitext inside a span: [[:Title|label]] or [https://… label].
--- Titles MediaWiki does not accept show the label as text.
---@param ctx table
---@param link table
---@param fallbackLabel string|nil
---@return table
local function linkNode( ctx, link, fallbackLabel )
	local span = mw.html.create( 'span' ):addClass( 'crs-static-link' )
	local label, lang = fallbackLabel or defaultLinkText( link.target ), ctx.lang
	if link.label then
		label, lang = pick( ctx, link.label )
	end
	isolate( markLanguage( ctx, span, lang ), 'span' )
	local target = link.target
	if target.kind == 'external' then
		return span:wikitext( '[' .. target.url .. ' ' .. escape( label ) .. ']' )
	end
	if not mw.title.new( target.title ) then
		return span:wikitext( escape( label ) )
	end
	-- The leading ":" (encoded: %3A would not count) keeps categories and files as links.
	return span:wikitext( '[[:' .. linkTargetWikitext( target.title ) .. '|' .. escape( label ) .. ']]' )
end

---@param ctx table
---@param links table
---@param class string
---@return table|nil
local function linkList( ctx, links, class )
	if #links == 0 then
		return nil
	end
	local list = mw.html.create( 'ul' ):addClass( class )
	for _, link in ipairs( links ) do
		list:tag( 'li' ):node( linkNode( ctx, link ) )
	end
	return list
end

p.escape = escape
p.markLanguage = markLanguage
p.pick = pick
p.isolate = isolate
p.localText = localText
p.msgText = msgText
p.message = message
p.linkNode = linkNode
p.linkList = linkList

return p
