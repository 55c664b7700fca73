--- Module:Community Resilience and Sustainability/values
--
-- Plain values from the data page's JSON: objects, lists, trimmed strings,
-- language codes and ids. mw.loadJsonData tables are read-only (no #, no
-- next), so nothing here relies on either.
--
-- Mirrors the helpers of src/data/validate.ts and src/data/language.ts (isLanguageCode).
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local p = {}

-- What JavaScript's String.prototype.trim removes (the gadget trims with it).
local JS_SPACE = '\t\n\v\f\r \194\160\225\154\128\226\128\128-\226\128\138' ..
	'\226\128\168\226\128\169\226\128\175\226\129\159\227\128\128\239\187\191'

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

p.isEmptyTable = isEmptyTable
p.isObject = isObject
p.isList = isList
p.listOf = listOf
p.trim = trim
p.nonEmptyString = nonEmptyString
p.isLanguageCode = isLanguageCode
p.isValidId = isValidId

return p
