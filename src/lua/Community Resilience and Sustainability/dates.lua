--- Module:Community Resilience and Sustainability/dates
--
-- Dates: ISO 8601 texts of the data page to milliseconds since the epoch,
-- and milliseconds back to ISO 8601 in UTC (no os.time: it is local time).
--
-- Mirrors src/data/dates.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local p = {}

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

--- `2026-12-10T16:00:00Z`
---@param ms number
---@return string
local function isoUtc( ms )
	return os.date( '!%Y-%m-%dT%H:%M:%SZ', math.floor( ms / 1000 ) )
end

p.daysFromCivil = daysFromCivil
p.daysInMonth = daysInMonth
p.parseIsoDateTime = parseIsoDateTime
p.isoUtc = isoUtc

return p
