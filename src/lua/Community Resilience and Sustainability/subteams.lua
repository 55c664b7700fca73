--- Module:Community Resilience and Sustainability/subteams
--
-- View 2, the subteams: one list item each, with its name as a heading,
-- summary, responsibilities and links.
--
-- Mirrors src/render/subteams.ts.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local html = require( 'Module:Community Resilience and Sustainability/html' )

local linkNode = html.linkNode
local localText = html.localText
local message = html.message
local msgText = html.msgText

local p = {}

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

return p
