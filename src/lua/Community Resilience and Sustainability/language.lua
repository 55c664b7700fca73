--- Module:Community Resilience and Sustainability/language
--
-- Language: a language's fallback chain as MediaWiki knows it, a
-- language's direction, and the interface messages for a chain (from
-- Module:Community Resilience and Sustainability/i18n.json).
--
-- Mirrors src/data/language.ts (fallbackChain) and the mw.messages the gadget reads.
-- Part of Module:Community Resilience and Sustainability; source: the
-- crs-team-gadgets repository, src/lua/. Edit it there: the deploy publishes it.

local values = require( 'Module:Community Resilience and Sustainability/values' )

local isObject = values.isObject

local p = {}

local MESSAGES_PAGE = 'Module:Community Resilience and Sustainability/i18n.json'

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

p.directionOf = directionOf
p.loadMessages = loadMessages

return p
