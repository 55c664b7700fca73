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
-- This entry module reads the parameters, loads the data page, builds the
-- render context and puts the views together (src/render/views.ts); it
-- never lets a script error reach the page. The work is done by its
-- submodules, Module:Community Resilience and Sustainability/…:
--   values    plain values from the JSON (objects, lists, trimmed strings, ids)
--   dates     ISO 8601 dates to milliseconds and back (src/data/dates.ts)
--   links     link targets checked and written as wikitext (src/data/links.ts)
--   read      validation: readTeamData (src/data/validate.ts)
--   sessions  live, upcoming and past sessions (src/time/session-state.ts)
--   language  fallback chains, directions, interface messages
--   html      escaped, language-marked output and links (src/render/text.ts)
--   overview, subteams, calendar   the three views (src/render/*.ts, src/calendar/agenda.ts)
--
-- It follows the gadget's rules: the same items are dropped, the same texts
-- picked, the same links made. Every string from the data page reaches the
-- output as text (mw.text.nowiki); links are only made to validated wiki
-- titles and http(s) URLs. Times are in UTC.
--
-- Source: the crs-team-gadgets repository, src/lua/ (with its interface texts
-- in i18n/ and src/lua/i18n/). Edit it there: the deploy command publishes
-- this page, its submodules and Module:Community Resilience and Sustainability/i18n.json.

local p = {}

local DEFAULT_SOURCE = 'Module:Community Resilience and Sustainability/data.json'
local VIEWS = { 'overview', 'subteams', 'calendar' }
local VIEW_HEADINGS = {
	overview = 'crs-team-view-overview',
	subteams = 'crs-team-view-subteams',
	calendar = 'crs-team-view-calendar'
}
-- A change this close (seconds) re-renders the page every hour instead of every day.
local HOURLY_WITHIN = 24 * 3600

--- The submodules, each loaded when first used, so that a submodule that is
--- missing on the wiki ends in the English fallback sentence of `render`,
--- not in a script error.
local parts = setmetatable( {}, {
	__index = function ( loaded, name )
		local part = require( 'Module:Community Resilience and Sustainability/' .. name )
		rawset( loaded, name, part )
		return part
	end
} )

-- The functions callers of this module have used, kept here (Scribunto's
-- console and the wiki tests call p.readTeamData).
local FORWARDED = {
	readTeamData = 'read',
	splitSessions = 'sessions',
	nextChange = 'sessions',
	fallbackChain = 'language',
	renderOverview = 'overview',
	renderSubteams = 'subteams',
	renderCalendar = 'calendar'
}
for name, part in pairs( FORWARDED ) do
	p[ name ] = function ( ... )
		return parts[ part ][ name ]( ... )
	end
end

local RENDERERS = { overview = p.renderOverview, subteams = p.renderSubteams, calendar = p.renderCalendar }

--- The views of a rendered page: one alone sits under the page's own
--- heading, several get a heading each. The headings start at
--- `headingLevel` (the `headinglevel=` argument: one below the heading the
--- invocation stands under, 2 at the top of a page), else at h2 for several
--- views and h3 for one, as src/render/views.ts.
---@param ctx table
---@param data table
---@param views table
---@param sampleNotice boolean
---@param headingLevel number|nil
---@return table
function p.renderViews( ctx, data, views, sampleNotice, headingLevel )
	local level = math.min( 6, math.max( 2, math.floor( headingLevel or ( #views > 1 and 2 or 3 ) ) ) )
	local top, inner = 'h' .. level, 'h' .. ( #views > 1 and math.min( 6, level + 1 ) or level )
	local root = mw.html.create( 'div' ):addClass( 'crs-static' )
		:attr( 'lang', ctx.lang ):attr( 'dir', ctx.dir )
	if data.sample and sampleNotice then
		root:node( parts.html.message( ctx, 'p', 'crs-team-sample-data', nil, 'crs-static-sample' ) )
	end
	for _, view in ipairs( views ) do
		local section = root:tag( 'div' ):addClass( 'crs-static-view' ):attr( 'data-crs-view', view )
		if #views > 1 then
			section:node( parts.html.message( ctx, top, VIEW_HEADINGS[ view ] ) )
		end
		section:node( RENDERERS[ view ]( ctx, data, inner ) )
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
		return msg:exists() and not msg:isDisabled() and parts.values.trim( msg:plain() ) or nil
	end )
	if ok and custom and custom ~= '' then
		return custom
	end
	return ( parts.html.msgText( ctx, 'crs-team-static-broken-category' ) )
end

--- A short neutral sentence and the tracking category.
---@param ctx table
---@return string
local function unavailable( ctx )
	local note = parts.html.message( ctx, 'p', 'crs-team-static-unavailable', nil, 'crs-static-unavailable' )
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
	local chain = parts.language.fallbackChain( lang )
	-- The parse's own time (preview and saves agree), not the Lua process's.
	local now = tonumber( mw.getContentLanguage():formatDate( 'U' ) ) * 1000
	return {
		lang = lang,
		dir = language:isRTL() and 'rtl' or 'ltr',
		language = language,
		chain = chain,
		defaultLanguage = defaultLanguage,
		messages = parts.language.loadMessages( chain ),
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
	local readOk, data = pcall( parts.read.readTeamData, raw )
	return readOk and data or nil
end

---@param frame table
---@param views table
---@return string
local function renderOrFail( frame, views )
	local args = frame.args
	local source = parts.values.nonEmptyString( args.source ) or DEFAULT_SOURCE
	local data = loadTeamData( source )
	local ctx = newContext( frame, data and data.defaultLanguage or 'en' )
	if not data then
		return unavailable( ctx )
	end
	local ok, html = pcall( p.renderViews, ctx, data, views, args.samplenotice ~= 'no', tonumber( args.headinglevel or '' ) )
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
