--- Module:Community Resilience and Sustainability/read
--
-- Validation: the data page's content as the renderers use it, or nil when
-- nothing can be shown. The gadget's rules without its messages: the same
-- items are dropped (a bad date, a refused link, a duplicate id).
--
-- Mirrors src/data/validate.ts (validateTeamData).
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local values = require( 'Module:Community Resilience and Sustainability/values' )
local dates = require( 'Module:Community Resilience and Sustainability/dates' )
local links = require( 'Module:Community Resilience and Sustainability/links' )

local isObject, listOf, nonEmptyString = values.isObject, values.listOf, values.nonEmptyString
local isLanguageCode, isValidId = values.isLanguageCode, values.isValidId
local parseIsoDateTime, parseLinkTarget = dates.parseIsoDateTime, links.parseLinkTarget

local p = {}

local FORMAT_VERSION = 1
-- The largest iCalendar INTEGER (RFC 5545, 3.3.8), so the largest SEQUENCE.
local MAX_SEQUENCE = 2147483647
local SESSION_STATUSES = { scheduled = true, cancelled = true, postponed = true }
local CADENCES = { weekly = true, monthly = true, quarterly = true, yearly = true, irregular = true }

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
	local year = value.earlierNotesUntil
	-- A year from 1000 to 9999 (data/validate-conversation-hours.ts yearValue); anything else is left out.
	hours.earlierNotesUntil = type( year ) == 'number' and year == math.floor( year ) and year >= 1000 and year <= 9999 and year or nil
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

return p
