--- Module:Community Resilience and Sustainability/overview
--
-- View 1, the overview: the team's name, place in the organisation, lead,
-- summary, what it does, its goals and its links.
--
-- Mirrors src/render/overview.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local html = require( 'Module:Community Resilience and Sustainability/html' )

local escape = html.escape
local linkList = html.linkList
local linkNode = html.linkNode
local localText = html.localText
local markLanguage = html.markLanguage
local message = html.message
local pick = html.pick

local p = {}

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

--- The summary with the team's name as its bold opening words, when it opens
--- with the name (src/render/overview.ts nameAndSummary): then the name gets
--- no line of its own, so the top of the page does not say it three times.
---@param ctx table
---@param team table
---@return table|nil
local function summaryWithName( ctx, team )
	if not team.summary then
		return nil
	end
	local name = pick( ctx, team.name )
	local text, lang = pick( ctx, team.summary )
	if name == '' or text:sub( 1, #name ) ~= name then
		return nil
	end
	local node = mw.html.create( 'p' ):addClass( 'crs-static-overview__summary' )
	node:tag( 'strong' ):addClass( 'crs-static-overview__name' ):wikitext( escape( name ) )
	node:wikitext( escape( text:sub( #name + 1 ) ) )
	return markLanguage( ctx, node, lang )
end

---@param ctx table
---@param data table
---@param headingTag string
---@return table
function p.renderOverview( ctx, data, headingTag )
	local team = data.team
	local node = mw.html.create( 'div' ):addClass( 'crs-static-overview' )
	local summary = summaryWithName( ctx, team )
	if not summary then
		node:tag( 'p' ):addClass( 'crs-static-overview__title' )
			:node( localText( ctx, 'strong', team.name, 'crs-static-overview__name' ) )
	end
	node:node( placeInOrganisation( ctx, team ) ):node( leadNode( ctx, team.lead ) )
	if summary then
		node:node( summary )
	elseif team.summary then
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

return p
