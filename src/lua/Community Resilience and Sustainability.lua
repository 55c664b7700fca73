--- Module:Community Resilience and Sustainability
--
-- Renders the Community Resilience and Sustainability team page on the
-- server, for every reader (no JavaScript needed), from the same JSON data
-- page the crs-team gadget reads:
--
--   {{#invoke:Community Resilience and Sustainability|overview|source=Module:Community Resilience and Sustainability/data.json}}
--   {{#invoke:Community Resilience and Sustainability|subteams|source=…}}
--   {{#invoke:Community Resilience and Sustainability|calendar|source=…}}
--   {{#invoke:Community Resilience and Sustainability|main|source=…}}  (all three)
--
-- Parameters: source (the data page; default below), samplenotice=no (leave
-- out the sample-data notice, e.g. on all but the first view of a page).
--
-- It follows the gadget's rules (src/data/validate.ts, links.ts, dates.ts,
-- localise.ts, src/render/*.ts, src/calendar/agenda.ts, src/time/session-state.ts): the same items
-- are dropped, the same texts picked, the same links made. Every string
-- from the data page reaches the output as text (mw.text.nowiki); links are
-- only made to validated wiki titles and http(s) URLs. Times are in UTC.
--
-- Source: the crs-team-gadgets repository, src/lua/ (with its interface texts
-- in i18n/ and src/lua/i18n/). Edit it there: the deploy command publishes
-- this page and Module:Community Resilience and Sustainability/i18n.json.

local p = {}

local DEFAULT_SOURCE = 'Module:Community Resilience and Sustainability/data.json'
local MESSAGES_PAGE = 'Module:Community Resilience and Sustainability/i18n.json'
local FORMAT_VERSION = 1
-- The largest iCalendar INTEGER (RFC 5545, 3.3.8), so the largest SEQUENCE.
local MAX_SEQUENCE = 2147483647
local VIEWS = { 'overview', 'subteams', 'calendar' }
local VIEW_HEADINGS = {
	overview = 'crs-team-view-overview',
	subteams = 'crs-team-view-subteams',
	calendar = 'crs-team-view-calendar'
}
local SESSION_STATUSES = { scheduled = true, cancelled = true, postponed = true }
local CADENCES = { weekly = true, monthly = true, quarterly = true, yearly = true, irregular = true }
-- What JavaScript's String.prototype.trim removes (the gadget trims with it).
local JS_SPACE = '\t\n\v\f\r \194\160\225\154\128\226\128\128-\226\128\138' ..
	'\226\128\168\226\128\169\226\128\175\226\129\159\227\128\128\239\187\191'
-- A change this close (seconds) re-renders the page every hour instead of every day.
local HOURLY_WITHIN = 24 * 3600

-- ---------------------------------------------------------------------------
-- Plain values from the JSON (mw.loadJsonData tables are read-only: no #, no next)
-- ---------------------------------------------------------------------------

---@param value any
---@return boolean
local function isEmptyTable( value )
	local step, state, first = pairs( value )
	return step( state, first ) == nil
end

--- A JSON object (a table that is not a non-empty list).
---@param value any
---@return boolean
local function isObject( value )
	return type( value ) == 'table' and value[ 1 ] == nil
end

--- A JSON list (an empty table counts: JSON [] and {} look the same in Lua).
---@param value any
---@return boolean
local function isList( value )
	return type( value ) == 'table' and ( value[ 1 ] ~= nil or isEmptyTable( value ) )
end

--- The items of a JSON list, or an empty list for anything else.
---@param value any
---@return table
local function listOf( value )
	local items = {}
	if isList( value ) then
		for _, item in ipairs( value ) do
			items[ #items + 1 ] = item
		end
	end
	return items
end

---@param text string
---@return string
local function trim( text )
	return mw.text.trim( text, JS_SPACE )
end

--- Non-empty text after trimming, or nil.
---@param value any
---@return string|nil
local function nonEmptyString( value )
	if type( value ) ~= 'string' then
		return nil
	end
	local text = trim( value )
	return text ~= '' and text or nil
end

--- MediaWiki language codes as the gadget accepts them (src/data/language.ts):
--- two or three letters, then "-" parts of two to eight letters or digits.
---@param code string
---@return boolean
local function isLanguageCode( code )
	local rest = code:match( '^[a-z][a-z][a-z]?(.*)$' )
	if not rest then
		return false
	end
	while rest ~= '' do
		local part, after = rest:match( '^%-([a-z0-9]+)(.*)$' )
		if not part or #part < 2 or #part > 8 then
			return false
		end
		rest = after
	end
	return true
end

--- Ids of subteams and sessions (src/data/validate.ts isValidId).
---@param value any
---@return boolean
local function isValidId( value )
	if type( value ) ~= 'string' or #value > 64 then
		return false
	end
	return value:match( '^[a-z0-9]$' ) ~= nil or value:match( '^[a-z0-9][a-z0-9._-]*[a-z0-9]$' ) ~= nil
end

-- ---------------------------------------------------------------------------
-- Validation: the gadget's rules, without its messages
-- ---------------------------------------------------------------------------

--- A translatable text: a plain string (in the default language) or an
--- object of translations. Returns { [lang] = text, _order = { langs } } or nil.
---@param value any
---@param defaultLanguage string
---@return table|nil
local function readText( value, defaultLanguage )
	local text = nonEmptyString( value )
	if text then
		return { [ defaultLanguage ] = text, _order = { defaultLanguage } }
	end
	if not isObject( value ) then
		return nil
	end
	local result, order = {}, {}
	for lang, translation in pairs( value ) do
		local t = type( lang ) == 'string' and isLanguageCode( lang ) and nonEmptyString( translation )
		if t then
			result[ lang ] = t
			order[ #order + 1 ] = lang
		end
	end
	if #order == 0 then
		return nil
	end
	-- JSON objects keep no order in Lua; the gadget's last resort is the
	-- first language written, here the first in code order.
	table.sort( order )
	result._order = order
	return result
end

--- Each item of a list read with `read`; items it gives nil for are left out.
---@param value any
---@param read fun(item: any, defaultLanguage: string): any
---@param defaultLanguage string
---@return table
local function readList( value, read, defaultLanguage )
	local out = {}
	for _, item in ipairs( listOf( value ) ) do
		out[ #out + 1 ] = read( item, defaultLanguage )
	end
	return out
end

---@param value any
---@param defaultLanguage string
---@return table
local function readTexts( value, defaultLanguage )
	return readList( value, readText, defaultLanguage )
end

--- Days since 1970-01-01 of a proleptic Gregorian date (no os.time: it is local time).
---@param y number
---@param m number
---@param d number
---@return number
local function daysFromCivil( y, m, d )
	y = m <= 2 and y - 1 or y
	local era = math.floor( y / 400 )
	local yoe = y - era * 400
	local mp = ( m + 9 ) % 12
	local doy = math.floor( ( 153 * mp + 2 ) / 5 ) + d - 1
	local doe = yoe * 365 + math.floor( yoe / 4 ) - math.floor( yoe / 100 ) + doy
	return era * 146097 + doe - 719468
end

---@param y number
---@param m number
---@return number
local function daysInMonth( y, m )
	return daysFromCivil( m == 12 and y + 1 or y, m == 12 and 1 or m + 1, 1 ) - daysFromCivil( y, m, 1 )
end

--- Milliseconds since the epoch of `2026-12-10T16:00:00Z` or
--- `2026-12-10T17:00+01:00` (src/data/dates.ts), or nil.
---@param text any
---@return number|nil
local function parseIsoDateTime( text )
	if type( text ) ~= 'string' then
		return nil
	end
	local y, mo, d, h, mi, rest = text:match( '^(%d%d%d%d)%-(%d%d)%-(%d%d)T(%d%d):(%d%d)(.*)$' )
	if not y then
		return nil
	end
	local sec, frac, zone = rest:match( '^:(%d%d)%.(%d%d?%d?)([Z+-].*)$' )
	if not sec then
		sec, zone = rest:match( '^:(%d%d)([Z+-].*)$' )
		frac = nil
	end
	if not sec then
		sec, zone = '0', rest
	end
	local offset = 0
	if zone ~= 'Z' then
		local sign, oh, om = zone:match( '^([+-])(%d%d):(%d%d)$' )
		if not sign then
			return nil
		end
		oh, om = tonumber( oh ), tonumber( om )
		if oh > 14 or om > 59 or ( oh == 14 and om > 0 ) then
			return nil
		end
		offset = ( sign == '-' and -1 or 1 ) * ( oh * 60 + om )
	end
	y, mo, d, h, mi, sec = tonumber( y ), tonumber( mo ), tonumber( d ), tonumber( h ), tonumber( mi ), tonumber( sec )
	if y < 1000 then
		return nil
	end
	if mo < 1 or mo > 12 or d < 1 or d > daysInMonth( y, mo ) or h > 23 or mi > 59 or sec > 59 then
		return nil
	end
	local millis = frac and tonumber( ( frac .. '00' ):sub( 1, 3 ) ) or 0
	local seconds = daysFromCivil( y, mo, d ) * 86400 + h * 3600 + mi * 60 + sec - offset * 60
	return seconds * 1000 + millis
end

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

--- A link: a target string or { target, label }, or nil when refused.
---@param value any
---@param defaultLanguage string
---@return table|nil
local function readLink( value, defaultLanguage )
	local target, label = value, nil
	if isObject( value ) then
		target = value.target
		if value.label ~= nil then
			label = readText( value.label, defaultLanguage )
		end
	end
	local parsed = parseLinkTarget( target )
	if not parsed then
		return nil
	end
	return { target = parsed, label = label }
end

---@param value any
---@param defaultLanguage string
---@return table
local function readLinks( value, defaultLanguage )
	return readList( value, readLink, defaultLanguage )
end

---@param value any
---@param lang string
---@return table|nil
local function readLead( value, lang )
	local name = isObject( value ) and nonEmptyString( value.name )
	if not name then
		return nil
	end
	return { name = name, role = readText( value.role, lang ), link = value.link ~= nil and readLink( value.link, lang ) or nil }
end

---@param value any
---@param lang string
---@return table|nil
local function readGoals( value, lang )
	if not isObject( value ) then
		return nil
	end
	return {
		period = nonEmptyString( value.period ),
		intro = readText( value.intro, lang ),
		items = readTexts( value.items, lang ),
		link = value.link ~= nil and readLink( value.link, lang ) or nil
	}
end

---@param value any
---@param lang string
---@return table|nil
local function readTeam( value, lang )
	if not isObject( value ) then
		return nil
	end
	local name = readText( value.name, lang )
	if not name then
		return nil
	end
	return {
		name = name,
		organisation = readText( value.organisation, lang ),
		department = readText( value.department, lang ),
		lead = value.lead ~= nil and readLead( value.lead, lang ) or nil,
		summary = readText( value.summary, lang ),
		about = readTexts( value.about, lang ),
		goals = readGoals( value.goals, lang ),
		links = readLinks( value.links, lang )
	}
end

--- An id that is valid and not yet taken; taken ids are remembered even when
--- the item is dropped for another reason, as the gadget does.
---@param value any
---@param seen table
---@return string|nil
local function claimId( value, seen )
	if not isValidId( value ) or seen[ value ] then
		return nil
	end
	seen[ value ] = true
	return value
end

---@param value any
---@param lang string
---@param seen table
---@return table|nil
local function readSubteam( value, lang, seen )
	if not isObject( value ) then
		return nil
	end
	local id = claimId( value.id, seen )
	local name = readText( value.name, lang )
	if not id or not name then
		return nil
	end
	return {
		id = id,
		name = name,
		summary = readText( value.summary, lang ),
		responsibilities = readTexts( value.responsibilities, lang ),
		page = value.page ~= nil and readLink( value.page, lang ) or nil,
		contact = value.contact ~= nil and readLink( value.contact, lang ) or nil,
		links = readLinks( value.links, lang )
	}
end

--- Whole numbers from 0 to the largest iCalendar INTEGER (a SEQUENCE).
---@param value any
---@return boolean
local function isSequence( value )
	return type( value ) == 'number' and value >= 0 and value == math.floor( value ) and value <= MAX_SEQUENCE
end

---@param value any
---@param lang string
---@param seen table
---@return table|nil
local function readSession( value, lang, seen )
	if not isObject( value ) then
		return nil
	end
	local id = claimId( value.id, seen )
	local start, finish = parseIsoDateTime( value.start ), parseIsoDateTime( value[ 'end' ] )
	local status = value.status == nil and 'scheduled' or ( SESSION_STATUSES[ value.status ] and value.status )
	local sequenceOk = value.sequence == nil or isSequence( value.sequence )
	if not id or not start or not finish or finish <= start or not status or not sequenceOk then
		return nil
	end
	return {
		id = id,
		start = start,
		finish = finish,
		status = status,
		title = readText( value.title, lang ),
		description = readText( value.description, lang ),
		stream = value.stream ~= nil and readLink( value.stream, lang ) or nil,
		room = value.room ~= nil and readLink( value.room, lang ) or nil,
		notes = value.notes ~= nil and readLink( value.notes, lang ) or nil,
		recording = value.recording ~= nil and readLink( value.recording, lang ) or nil
	}
end

---@param value any
---@param lang string
---@return table
local function readConversationHours( value, lang )
	local hours = { description = {}, earlierNotes = {}, planned = {}, sessions = {} }
	if not isObject( value ) then
		return hours
	end
	hours.description = readTexts( value.description, lang )
	hours.cadence = type( value.cadence ) == 'string' and CADENCES[ value.cadence ] and value.cadence or nil
	hours.stream = value.stream ~= nil and readLink( value.stream, lang ) or nil
	hours.room = value.room ~= nil and readLink( value.room, lang ) or nil
	hours.notesCategory = value.notesCategory ~= nil and readLink( value.notesCategory, lang ) or nil
	hours.earlierNotes = readLinks( value.earlierNotes, lang )
	for _, item in ipairs( listOf( value.planned ) ) do
		local label = isObject( item ) and readText( item.label, lang )
		if label then
			hours.planned[ #hours.planned + 1 ] = { label = label, note = readText( item.note, lang ) }
		end
	end
	local seen = {}
	for _, item in ipairs( listOf( value.sessions ) ) do
		hours.sessions[ #hours.sessions + 1 ] = readSession( item, lang, seen )
	end
	return hours
end

--- The data page's content as the renderers use it, or nil when nothing can
--- be shown (src/data/validate.ts validateTeamData).
---@param raw any
---@return table|nil
function p.readTeamData( raw )
	if not isObject( raw ) or raw.version ~= FORMAT_VERSION then
		return nil
	end
	local lang = 'en'
	if type( raw.defaultLanguage ) == 'string' and isLanguageCode( raw.defaultLanguage ) then
		lang = raw.defaultLanguage
	end
	local team = readTeam( raw.team, lang )
	if not team then
		return nil
	end
	local subteams, seen = {}, {}
	for _, item in ipairs( listOf( raw.subteams ) ) do
		subteams[ #subteams + 1 ] = readSubteam( item, lang, seen )
	end
	return {
		defaultLanguage = lang,
		sample = raw.sample == true,
		team = team,
		subteams = subteams,
		conversationHours = readConversationHours( raw.conversationHours, lang )
	}
end

-- ---------------------------------------------------------------------------
-- Sessions in time (src/time/session-state.ts)
-- ---------------------------------------------------------------------------

---@param session table
---@return boolean
local function isGoingAhead( session )
	return session.status ~= 'cancelled' and session.status ~= 'postponed'
end

---@param a table
---@param b table
---@return boolean
local function startsBefore( a, b )
	if a.start ~= b.start then
		return a.start < b.start
	end
	if a.finish ~= b.finish then
		return a.finish < b.finish
	end
	return a.id < b.id
end

--- The agenda's groups at `now` (ms): live, upcoming (earliest first), past
--- (latest first), and the session to highlight.
---@param sessions table
---@param now number
---@return table
function p.splitSessions( sessions, now )
	local live, upcoming, past = {}, {}, {}
	for _, session in ipairs( sessions ) do
		if now >= math.max( session.start, session.finish ) then
			past[ #past + 1 ] = session
		elseif isGoingAhead( session ) and now >= session.start then
			live[ #live + 1 ] = session
		else
			upcoming[ #upcoming + 1 ] = session
		end
	end
	table.sort( live, startsBefore )
	table.sort( upcoming, startsBefore )
	table.sort( past, function ( a, b )
		return startsBefore( b, a )
	end )
	local nextSession = live[ 1 ]
	if not nextSession then
		for _, session in ipairs( upcoming ) do
			if isGoingAhead( session ) then
				nextSession = session
				break
			end
		end
	end
	return { live = live, upcoming = upcoming, past = past, nextSession = nextSession }
end

--- The next moment (ms) after `now` at which a session moves between the
--- agenda's groups (it starts or ends), or nil.
---@param sessions table
---@param now number
---@return number|nil
function p.nextChange( sessions, now )
	local soonest
	local function consider( t )
		if t > now and ( not soonest or t < soonest ) then
			soonest = t
		end
	end
	for _, session in ipairs( sessions ) do
		if isGoingAhead( session ) then
			consider( session.start )
		end
		consider( math.max( session.start, session.finish ) )
	end
	return soonest
end

-- ---------------------------------------------------------------------------
-- Language: the page's language, MediaWiki's fallback chain, our messages
-- ---------------------------------------------------------------------------

--- The language's chain: itself, MediaWiki's fallbacks, its shorter forms,
--- English (src/data/language.ts fallbackChain).
---@param lang string
---@return table
function p.fallbackChain( lang )
	local chain, seen = {}, {}
	local function add( code )
		if code and code ~= '' and not seen[ code ] then
			seen[ code ] = true
			chain[ #chain + 1 ] = code
		end
	end
	add( lang )
	for _, code in ipairs( mw.language.getFallbacksFor( lang ) ) do
		add( code )
	end
	local shorter = lang
	while shorter:find( '-', 1, true ) do
		shorter = shorter:gsub( '%-[^%-]*$', '' )
		add( shorter )
	end
	add( 'en' )
	return chain
end

---@param code string
---@return string
local function directionOf( code )
	local ok, language = pcall( mw.language.new, code )
	return ok and language:isRTL() and 'rtl' or 'ltr'
end

--- Messages for the chain, with the language each one is in.
---@param chain table
---@return table
local function loadMessages( chain )
	local ok, files = pcall( mw.loadJsonData, MESSAGES_PAGE )
	local texts, langs = {}, {}
	if ok and isObject( files ) then
		for i = #chain, 1, -1 do
			local file = files[ chain[ i ] ]
			if isObject( file ) then
				for key, text in pairs( file ) do
					texts[ key ], langs[ key ] = text, chain[ i ]
				end
			end
		end
	end
	return { texts = texts, langs = langs }
end

-- ---------------------------------------------------------------------------
-- Output helpers: text is always escaped, language marked when it differs
-- ---------------------------------------------------------------------------

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

--- An element with a data text in it, marked with its language.
---@param ctx table
---@param tag string
---@param text table
---@param class string|nil
---@return table
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
		if type( param ) == 'table' then
			markLanguage( { lang = lang }, node:tag( 'bdi' ):wikitext( escape( param.text ) ), param.lang )
		elseif param then
			markLanguage( { lang = lang }, node:tag( 'bdi' ):wikitext( escape( tostring( param ) ) ), ctx.lang )
		end
		rest = after
	end
	node:wikitext( escape( text:sub( rest ) ) )
	return markLanguage( ctx, node, lang )
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

-- ---------------------------------------------------------------------------
-- View 1: the overview (src/render/overview.ts)
-- ---------------------------------------------------------------------------

---@param ctx table
---@param team table
---@return table|nil
local function placeInOrganisation( ctx, team )
	if not team.organisation then
		return nil
	end
	local org = {}
	org.text, org.lang = pick( ctx, team.organisation )
	if team.department then
		local dep = {}
		dep.text, dep.lang = pick( ctx, team.department )
		return message( ctx, 'p', 'crs-team-part-of', { dep, org }, 'crs-static-overview__place' )
	end
	return message( ctx, 'p', 'crs-team-part-of-organisation', { org }, 'crs-static-overview__place' )
end

---@param ctx table
---@param lead table|nil
---@return table|nil
local function leadNode( ctx, lead )
	if not lead then
		return nil
	end
	local node = mw.html.create( 'p' ):addClass( 'crs-static-overview__lead' )
		:node( message( ctx, 'span', 'crs-team-led-by' ) )
		:wikitext( ' ' )
	local strong = node:tag( 'strong' )
	if lead.link then
		strong:node( linkNode( ctx, lead.link, lead.name ) )
	else
		strong:tag( 'bdi' ):wikitext( escape( lead.name ) )
	end
	if lead.role then
		node:wikitext( ', ' ):node( localText( ctx, 'span', lead.role ) )
	end
	return node
end

---@param ctx table
---@param goals table|nil
---@param headingTag string
---@return table|nil
local function goalsNode( ctx, goals, headingTag )
	if not goals or ( #goals.items == 0 and not goals.intro ) then
		return nil
	end
	local node = mw.html.create( 'div' ):addClass( 'crs-static-overview__goals' )
	if goals.period then
		node:node( message( ctx, headingTag, 'crs-team-goals-heading-period', { goals.period } ) )
	else
		node:node( message( ctx, headingTag, 'crs-team-goals-heading' ) )
	end
	if goals.intro then
		node:node( localText( ctx, 'p', goals.intro ) )
	end
	if #goals.items > 0 then
		local list = node:tag( 'ul' )
		for _, item in ipairs( goals.items ) do
			list:node( localText( ctx, 'li', item ) )
		end
	end
	if goals.link then
		node:tag( 'p' ):node( linkNode( ctx, goals.link ) )
	end
	return node
end

---@param ctx table
---@param data table
---@param headingTag string
---@return table
function p.renderOverview( ctx, data, headingTag )
	local team = data.team
	local node = mw.html.create( 'div' ):addClass( 'crs-static-overview' )
	node:tag( 'p' ):addClass( 'crs-static-overview__title' ):node( localText( ctx, 'strong', team.name ) )
	node:node( placeInOrganisation( ctx, team ) ):node( leadNode( ctx, team.lead ) )
	if team.summary then
		node:node( localText( ctx, 'p', team.summary, 'crs-static-overview__summary' ) )
	end
	if #team.about > 0 then
		node:node( message( ctx, headingTag, 'crs-team-about-heading' ) )
		for _, paragraph in ipairs( team.about ) do
			node:node( localText( ctx, 'p', paragraph ) )
		end
	end
	node:node( goalsNode( ctx, team.goals, headingTag ) )
	if #team.links > 0 then
		node:node( message( ctx, headingTag, 'crs-team-links-heading' ) )
		node:node( linkList( ctx, team.links, 'crs-static-links' ) )
	end
	return node
end

-- ---------------------------------------------------------------------------
-- View 2: the subteams (src/render/subteams.ts)
-- ---------------------------------------------------------------------------

---@param ctx table
---@param subteam table
---@param headingTag string
---@return table
local function subteamNode( ctx, subteam, headingTag )
	local item = mw.html.create( 'li' ):addClass( 'crs-static-subteam' ):attr( 'data-crs-subteam', subteam.id )
	item:node( localText( ctx, headingTag, subteam.name, 'crs-static-subteam__name' ) )
	if subteam.summary then
		item:node( localText( ctx, 'p', subteam.summary ) )
	end
	if #subteam.responsibilities > 0 then
		item:node( message( ctx, 'p', 'crs-team-subteam-responsibilities' ) )
		local list = item:tag( 'ul' ):addClass( 'crs-static-subteam__responsibilities' )
		for _, responsibility in ipairs( subteam.responsibilities ) do
			list:node( localText( ctx, 'li', responsibility ) )
		end
	end
	local links = mw.html.create( 'ul' ):addClass( 'crs-static-subteam__links' )
	if subteam.page then
		links:tag( 'li' ):node( linkNode( ctx, subteam.page, msgText( ctx, 'crs-team-subteam-page' ) ) )
	end
	if subteam.contact then
		links:tag( 'li' ):node( linkNode( ctx, subteam.contact, msgText( ctx, 'crs-team-subteam-contact' ) ) )
	end
	for _, link in ipairs( subteam.links ) do
		links:tag( 'li' ):node( linkNode( ctx, link ) )
	end
	if subteam.page or subteam.contact or #subteam.links > 0 then
		item:node( links )
	end
	return item
end

---@param ctx table
---@param data table
---@param headingTag string
---@return table
function p.renderSubteams( ctx, data, headingTag )
	local list = mw.html.create( 'ul' ):addClass( 'crs-static-subteams' )
	for _, subteam in ipairs( data.subteams ) do
		list:node( subteamNode( ctx, subteam, headingTag ) )
	end
	return list
end

-- ---------------------------------------------------------------------------
-- View 3: the conversation hours (src/calendar/agenda.ts), times in UTC
-- ---------------------------------------------------------------------------

--- `2026-12-10T16:00:00Z`
---@param ms number
---@return string
local function isoUtc( ms )
	return os.date( '!%Y-%m-%dT%H:%M:%SZ', math.floor( ms / 1000 ) )
end

--- "Thursday 10 December 2026, 16:00–17:30 UTC" in the page's language.
---@param ctx table
---@param session table
---@return string
local function sessionTimeText( ctx, session )
	local function format( code, ms )
		return ctx.language:formatDate( code, '@' .. math.floor( ms / 1000 ) )
	end
	local dateFormat, timeFormat = msgText( ctx, 'crs-team-static-date-format' ), msgText( ctx, 'crs-team-static-time-format' )
	local startDay, endDay = format( 'Y-m-d', session.start ), format( 'Y-m-d', session.finish )
	if startDay == endDay then
		return ( msgText( ctx, 'crs-team-static-session-time', {
			format( dateFormat, session.start ), format( timeFormat, session.start ), format( timeFormat, session.finish )
		} ) )
	end
	return ( msgText( ctx, 'crs-team-static-session-time-days', {
		format( dateFormat, session.start ), format( timeFormat, session.start ),
		format( dateFormat, session.finish ), format( timeFormat, session.finish )
	} ) )
end

---@param ctx table
---@param session table
---@param hours table
---@param isPast boolean
---@return table|nil
local function sessionLinks( ctx, session, hours, isPast )
	if session.status == 'cancelled' then
		return nil
	end
	local candidates = isPast and {
		{ session.notes, 'crs-team-link-notes' }, { session.recording, 'crs-team-link-recording' }
	} or {
		{ session.room or hours.room, 'crs-team-link-room' },
		{ session.stream or hours.stream, 'crs-team-link-stream' },
		{ session.notes, 'crs-team-link-notes' }
	}
	local list = mw.html.create( 'ul' ):addClass( 'crs-static-session__links' )
	local any = false
	for i = 1, 3 do
		local candidate = candidates[ i ]
		if candidate and candidate[ 1 ] then
			list:tag( 'li' ):node( linkNode( ctx, candidate[ 1 ], ( msgText( ctx, candidate[ 2 ] ) ) ) )
			any = true
		end
	end
	return any and list or nil
end

--- One session: title (and cancelled/postponed), when, description, links.
--- The title is strong text, not a heading: sessions would crowd the table of contents.
---@param ctx table
---@param session table
---@param hours table
---@param tag string
---@return table
local function sessionNode( ctx, session, hours, tag )
	-- As the gadget's sessionState: cancelled and postponed sessions are never "past".
	local isPast = session.status == 'scheduled' and ctx.now >= math.max( session.start, session.finish )
	local node = mw.html.create( tag ):addClass( 'crs-static-session' ):attr( 'data-crs-session', session.id )
	local heading = node:tag( 'p' ):addClass( 'crs-static-session__title' )
	if session.title then
		heading:node( localText( ctx, 'strong', session.title ) )
	else
		heading:node( message( ctx, 'strong', 'crs-team-session-default-title' ) )
	end
	if session.status ~= 'scheduled' then
		heading:wikitext( ' ' ):node( message( ctx, 'span', 'crs-team-status-' .. session.status, nil, 'crs-static-session__status' ) )
	end
	node:tag( 'p' ):tag( 'time' ):attr( 'datetime', isoUtc( session.start ) ):wikitext( escape( sessionTimeText( ctx, session ) ) )
	if session.description then
		node:node( localText( ctx, 'p', session.description ) )
	end
	return node:node( sessionLinks( ctx, session, hours, isPast ) )
end

---@param ctx table
---@param sessions table
---@param hours table
---@param headingKey string
---@param headingTag string
---@return table|nil
local function sessionGroup( ctx, sessions, hours, headingKey, headingTag )
	if #sessions == 0 then
		return nil
	end
	local group = mw.html.create( 'div' ):addClass( 'crs-static-calendar__group' )
	group:node( message( ctx, headingTag, headingKey ) )
	local list = group:tag( 'ul' )
	for _, session in ipairs( sessions ) do
		list:node( sessionNode( ctx, session, hours, 'li' ) )
	end
	return group
end

---@param ctx table
---@param hours table
---@param headingTag string
---@return table|nil
local function plannedNode( ctx, hours, headingTag )
	if #hours.planned == 0 then
		return nil
	end
	local group = mw.html.create( 'div' ):addClass( 'crs-static-calendar__planned' )
	group:node( message( ctx, headingTag, 'crs-team-planned-heading' ) )
	local list = group:tag( 'ul' )
	for _, slot in ipairs( hours.planned ) do
		local item = list:tag( 'li' ):node( localText( ctx, 'strong', slot.label ) ):wikitext( ' – ' )
		item:node( slot.note and localText( ctx, 'span', slot.note ) or message( ctx, 'span', 'crs-team-planned-no-date' ) )
	end
	return group
end

---@param ctx table
---@param hours table
---@return table|nil
local function moreLinks( ctx, hours )
	local links = {}
	if hours.notesCategory then
		local label = hours.notesCategory.label
		if not label then
			local text, lang = msgText( ctx, 'crs-team-notes-category' )
			label = { [ lang ] = text, _order = { lang } }
		end
		links[ 1 ] = { target = hours.notesCategory.target, label = label }
	end
	for _, link in ipairs( hours.earlierNotes ) do
		links[ #links + 1 ] = link
	end
	return linkList( ctx, links, 'crs-static-calendar__more' )
end

---@param ctx table
---@param hours table
---@param headingTag string
---@return table
local function agenda( ctx, hours, headingTag )
	local groups = p.splitSessions( hours.sessions, ctx.now )
	local highlighted = #groups.live > 0 and groups.live or { groups.nextSession }
	local shown, rest = {}, {}
	for _, session in ipairs( highlighted ) do
		shown[ session ] = true
	end
	for _, session in ipairs( groups.upcoming ) do
		if not shown[ session ] then
			rest[ #rest + 1 ] = session
		end
	end
	local node = mw.html.create()
	local nextGroup = node:tag( 'div' ):addClass( 'crs-static-calendar__next' )
	nextGroup:node( message( ctx, headingTag, 'crs-team-next-heading' ) )
	if #highlighted == 0 then
		nextGroup:node( message( ctx, 'p', 'crs-team-no-upcoming' ) )
	end
	for _, session in ipairs( highlighted ) do
		nextGroup:node( sessionNode( ctx, session, hours, 'div' ) )
	end
	node:node( plannedNode( ctx, hours, headingTag ) )
	node:node( sessionGroup( ctx, rest, hours, 'crs-team-upcoming-heading', headingTag ) )
	node:node( sessionGroup( ctx, groups.past, hours, 'crs-team-past-heading', headingTag ) )
	return node:node( moreLinks( ctx, hours ) )
end

---@param ctx table
---@param data table
---@param headingTag string
---@return table
function p.renderCalendar( ctx, data, headingTag )
	local hours = data.conversationHours
	local node = mw.html.create( 'div' ):addClass( 'crs-static-calendar' )
	for _, paragraph in ipairs( hours.description ) do
		node:node( localText( ctx, 'p', paragraph ) )
	end
	if hours.cadence then
		node:node( message( ctx, 'p', 'crs-team-cadence-' .. hours.cadence ) )
	end
	node:node( message( ctx, 'p', 'crs-team-times-in-zone', { ( msgText( ctx, 'crs-team-zone-utc' ) ) } ) )
	ctx.lowerCacheExpiry( p.nextChange( hours.sessions, ctx.now ) )
	return node:node( agenda( ctx, hours, headingTag ) )
end

-- ---------------------------------------------------------------------------
-- Entry points
-- ---------------------------------------------------------------------------

local RENDERERS = { overview = p.renderOverview, subteams = p.renderSubteams, calendar = p.renderCalendar }

--- The views of a rendered page: one alone sits under the page's own
--- heading, several get an h2 each.
---@param ctx table
---@param data table
---@param views table
---@param sampleNotice boolean
---@return table
function p.renderViews( ctx, data, views, sampleNotice )
	local root = mw.html.create( 'div' ):addClass( 'crs-static' )
		:attr( 'lang', ctx.lang ):attr( 'dir', ctx.dir )
	if data.sample and sampleNotice then
		root:node( message( ctx, 'p', 'crs-team-sample-data', nil, 'crs-static-sample' ) )
	end
	for _, view in ipairs( views ) do
		local section = root:tag( 'div' ):addClass( 'crs-static-view' ):attr( 'data-crs-view', view )
		if #views > 1 then
			section:node( message( ctx, 'h2', VIEW_HEADINGS[ view ] ) )
		end
		section:node( RENDERERS[ view ]( ctx, data, 'h3' ) )
	end
	return root
end

--- The name of the hidden tracking category: MediaWiki:crs-team-broken-data-category
--- when the wiki defines it, else ours.
---@param ctx table
---@return string
local function trackingCategory( ctx )
	local ok, custom = pcall( function ()
		local msg = mw.message.new( 'crs-team-broken-data-category' ):inLanguage( mw.getContentLanguage() )
		return msg:exists() and not msg:isDisabled() and trim( msg:plain() ) or nil
	end )
	if ok and custom and custom ~= '' then
		return custom
	end
	return ( msgText( ctx, 'crs-team-static-broken-category' ) )
end

--- A short neutral sentence and the tracking category.
---@param ctx table
---@return string
local function unavailable( ctx )
	local note = message( ctx, 'p', 'crs-team-static-unavailable', nil, 'crs-static-unavailable' )
	local category = mw.title.new( trackingCategory( ctx ), 'Category' )
	return tostring( note ) .. ( category and ( '[[' .. category.prefixedText .. ']]' ) or '' )
end

--- Lowers the parser cache expiry so that a session moving from upcoming
--- to past shows within an hour: {{CURRENTHOUR}} makes the page expire at
--- the next full hour, {{CURRENTDAY}} at midnight UTC (MediaWiki core's
--- magic variables; os.time and os.date only set the frame's TTL, which
--- MediaWiki 1.43 does not pass on to the parser cache).
---@param frame table
---@param now number
---@return function
local function cacheExpiryLowerer( frame, now )
	return function ( changeAt )
		if not changeAt then
			return
		end
		frame:preprocess( changeAt - now <= HOURLY_WITHIN * 1000 and '{{CURRENTHOUR}}' or '{{CURRENTDAY}}' )
	end
end

--- The render context for the current page: its language and direction,
--- fallback chain, messages, and the parse's clock.
---@param frame table
---@param defaultLanguage string
---@return table
local function newContext( frame, defaultLanguage )
	local title = mw.title.getCurrentTitle()
	local language = title.pageLang or mw.getContentLanguage()
	local lang = language:getCode()
	local chain = p.fallbackChain( lang )
	-- The parse's own time (preview and saves agree), not the Lua process's.
	local now = tonumber( mw.getContentLanguage():formatDate( 'U' ) ) * 1000
	return {
		lang = lang,
		dir = language:isRTL() and 'rtl' or 'ltr',
		language = language,
		chain = chain,
		defaultLanguage = defaultLanguage,
		messages = loadMessages( chain ),
		now = now,
		lowerCacheExpiry = cacheExpiryLowerer( frame, now )
	}
end

--- Reads and checks the data page; nil when it is missing or unusable.
---@param source string
---@return table|nil
local function loadTeamData( source )
	local ok, raw = pcall( mw.loadJsonData, source )
	if not ok then
		return nil
	end
	local readOk, data = pcall( p.readTeamData, raw )
	return readOk and data or nil
end

---@param frame table
---@param views table
---@return string
local function renderOrFail( frame, views )
	local args = frame.args
	local source = nonEmptyString( args.source ) or DEFAULT_SOURCE
	local data = loadTeamData( source )
	local ctx = newContext( frame, data and data.defaultLanguage or 'en' )
	if not data then
		return unavailable( ctx )
	end
	local ok, html = pcall( p.renderViews, ctx, data, views, args.samplenotice ~= 'no' )
	if not ok then
		return unavailable( ctx )
	end
	return tostring( html )
end

--- Never a script error on the page: when even the neutral sentence fails,
--- an English one (and the default tracking category) is shown.
---@param frame table
---@param views table
---@return string
local function render( frame, views )
	local ok, result = pcall( renderOrFail, frame, views )
	if ok then
		return result
	end
	return '<p class="crs-static-unavailable">The team\'s details cannot be shown here at the moment.</p>' ..
		'[[Category:Pages with a broken team data page]]'
end

---@param frame table
---@return string
function p.overview( frame )
	return render( frame, { 'overview' } )
end

---@param frame table
---@return string
function p.subteams( frame )
	return render( frame, { 'subteams' } )
end

---@param frame table
---@return string
function p.calendar( frame )
	return render( frame, { 'calendar' } )
end

--- All three views, each under its own heading.
---@param frame table
---@return string
function p.main( frame )
	return render( frame, VIEWS )
end

return p
