--- Module:Community Resilience and Sustainability/calendar
--
-- View 3, the conversation hours: what they are, the next session, planned
-- slots, upcoming and past sessions, every time in UTC. Lowers the parser
-- cache expiry to the next change, so a finished session moves to "Past".
--
-- Mirrors src/calendar/agenda.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local dates = require( 'Module:Community Resilience and Sustainability/dates' )
local sessionState = require( 'Module:Community Resilience and Sustainability/sessions' )
local html = require( 'Module:Community Resilience and Sustainability/html' )

local escape = html.escape
local linkList = html.linkList
local linkNode = html.linkNode
local localText = html.localText
local message = html.message
local msgText = html.msgText

local isoUtc = dates.isoUtc

local p = {}

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

--- Where the notes are: one sentence linking to the notes category
--- ("…, including from 2022 and earlier, see Category:CR&S meetings."),
--- then any links to earlier notes elsewhere (src/calendar/agenda.ts renderMoreLinks).
---@param ctx table
---@param hours table
---@return table|nil
local function moreLinks( ctx, hours )
	local earlier = linkList( ctx, hours.earlierNotes, 'crs-static-calendar__earlier-notes' )
	if not hours.notesCategory and not earlier then
		return nil
	end
	local node = mw.html.create( 'div' ):addClass( 'crs-static-calendar__more' )
	if hours.notesCategory then
		local link = linkNode( ctx, hours.notesCategory )
		if hours.earlierNotesUntil then
			node:node( message( ctx, 'p', 'crs-team-notes-sentence-earlier', { link, hours.earlierNotesUntil }, 'crs-static-calendar__notes' ) )
		else
			node:node( message( ctx, 'p', 'crs-team-notes-sentence', { link }, 'crs-static-calendar__notes' ) )
		end
	end
	return node:node( earlier )
end

---@param ctx table
---@param hours table
---@param headingTag string
---@return table
local function agenda( ctx, hours, headingTag )
	local groups = sessionState.splitSessions( hours.sessions, ctx.now )
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
	ctx.lowerCacheExpiry( sessionState.nextChange( hours.sessions, ctx.now ) )
	return node:node( agenda( ctx, hours, headingTag ) )
end

return p
