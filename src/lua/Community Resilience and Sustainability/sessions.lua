--- Module:Community Resilience and Sustainability/sessions
--
-- Sessions in time: which are live, upcoming and past at a given moment,
-- which one to highlight, and when that next changes.
--
-- Mirrors src/time/session-state.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local p = {}

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

return p
