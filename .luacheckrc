-- luacheck configuration for the Scribunto module in src/lua/ (npm run lint).
-- Scribunto runs Lua 5.1; `mw` is its library, which modules may read but never change.
std = 'lua51'
read_globals = { 'mw' }
max_line_length = 160
codes = true
