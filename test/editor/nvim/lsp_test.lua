-- Casewise's language server in Neovim 0.7.2 (Debian), an LSP client that is
-- independent of VS Code. Run from the repo root:
--   nvim --headless -u NONE -i NONE -c "luafile test/editor/nvim/lsp_test.lua"
-- (test/editor/nvim/run.sh does that, with a timeout). Prints TAP-like lines
-- "ok - <name>" / "not ok - <name>" and a last line "nvim: N passed, M failed";
-- exits with :cquit 1 on any failure, :qa! on success.
--
-- Neovim 0.7 API only: vim.lsp.start_client + vim.lsp.buf_attach_client (no
-- vim.lsp.start), push diagnostics (textDocument/publishDiagnostics), stored
-- in vim.diagnostic.

local repo = vim.fn.getcwd()
-- CASEWISE_NVIM_SERVER overrides the server path (used to test the failure path).
local server = os.getenv('CASEWISE_NVIM_SERVER') or (repo .. '/dist/server.js')
local fixture = repo .. '/test/fixtures/nvim/visit.casenote'

-- The fixture's line 10 (0-based 9) is
--   "The client was combative when the worker arrived."
-- and "combative" spans characters 15..24 (0-based start, exclusive end).
local FLAG_LINE = 9
local FLAG_WORD = 'combative'
local FLAG_START, FLAG_END = 15, 24
local CLAIMS_LINE = 10 -- "Client claims he paid the rent on time."

local passed, failed = 0, 0
local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function ok(name, cond, detail)
  if cond then
    passed = passed + 1
    out('ok - ' .. name)
  else
    failed = failed + 1
    out('not ok - ' .. name)
    if detail ~= nil then
      for l in (tostring(detail) .. '\n'):gmatch('(.-)\n') do
        out('#   ' .. l)
      end
    end
  end
  return cond
end

local function finish()
  out(string.format('nvim: %d passed, %d failed', passed, failed))
  for _, client in pairs(vim.lsp.get_active_clients()) do
    pcall(client.stop, true)
  end
  if failed > 0 then
    vim.cmd('cquit 1')
  else
    vim.cmd('qa!')
  end
end

-- A failed precondition ends the run: error() with this marker is caught below.
local ABORT = {}
local function require_ok(name, cond, detail)
  if not ok(name, cond, detail) then
    error(ABORT)
  end
end

-- The server's stderr, as Neovim 0.7 logs it (lsp.log, under $XDG_CACHE_HOME/nvim).
local function server_stderr()
  local ok_read, lines = pcall(vim.fn.readfile, vim.lsp.get_log_path())
  if not ok_read then
    return '(no lsp.log)'
  end
  local picked = {}
  for _, l in ipairs(lines) do
    if l:find('"stderr"', 1, true) then
      table.insert(picked, (l:gsub('\\n', '\n'):gsub('\\t', '  ')))
    end
  end
  local text = table.concat(picked, '\n')
  return #text > 0 and ('server stderr (from ' .. vim.lsp.get_log_path() .. '):\n' .. text:sub(-3000))
    or '(the server wrote nothing to stderr)'
end

-- One line per diagnostic, for failure details.
local function brief(diags)
  local lines = {}
  for _, d in ipairs(diags or {}) do
    table.insert(lines, string.format('%d:%d-%d:%d %s [%s] %s', d.range.start.line, d.range.start.character,
      d.range['end'].line, d.range['end'].character, tostring(d.code), tostring(d.source), tostring(d.message)))
  end
  return #lines > 0 and table.concat(lines, '\n') or '(no diagnostics)'
end

local function find(list, pred)
  for _, v in ipairs(list or {}) do
    if pred(v) then
      return v
    end
  end
  return nil
end

local function main()
  -- 0. the server bundle
  require_ok('server bundle exists at ' .. server, vim.fn.filereadable(server) == 1,
    server .. ' is missing; build it first with: node esbuild.mjs')
  require_ok('node is on PATH', vim.fn.executable('node') == 1)
  require_ok('fixture exists', vim.fn.filereadable(fixture) == 1, fixture)

  -- 1. start the client; record every raw publishDiagnostics for our file
  local published = {} -- uri -> { count = n, diagnostics = {...}, version = v }
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'casewise',
    cmd = { 'node', server, '--stdio' },
    root_dir = repo .. '/test/fixtures',
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri then
          local prev = published[result.uri]
          published[result.uri] = {
            count = (prev and prev.count or 0) + 1,
            diagnostics = result.diagnostics or {},
            version = result.version,
          }
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  require_ok('vim.lsp.start_client returns a client id', client_id ~= nil)

  -- 2. open the fixture as a case note and attach
  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'casenote' -- -u NONE: no filetype detection; this is the languageId
  local uri = vim.uri_from_bufnr(bufnr)
  local original = vim.api.nvim_buf_get_lines(bufnr, FLAG_LINE, FLAG_LINE + 1, true)[1]
  require_ok('fixture line 10 holds the flagged word at 15..24',
    original:sub(FLAG_START + 1, FLAG_END) == FLAG_WORD, original)
  require_ok('vim.lsp.buf_attach_client attaches', vim.lsp.buf_attach_client(bufnr, client_id))

  local function initialized()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end
  vim.wait(15000, function() return initialized() or exited ~= nil end, 50)
  require_ok('the server initializes', initialized(),
    (exited and string.format('server exited (code %s, signal %s) before initializing', exited.code, exited.signal)
      or 'no initialize response in 15 s') .. '\n' .. server_stderr())

  -- 3. (a) the judgmental-language diagnostic on "combative"
  local function judgmental(diags)
    return find(diags, function(d)
      return d.code == 'judgmental-language' and d.range.start.line == FLAG_LINE
    end)
  end
  vim.wait(15000, function()
    local p = published[uri]
    return (p and judgmental(p.diagnostics) ~= nil) or exited ~= nil
  end, 50)
  local p = published[uri]
  require_ok('diagnostics are pushed with textDocument/publishDiagnostics', p ~= nil,
    'nothing published for ' .. uri .. ' in 15 s' .. (exited and ' (server exited)' or ''))
  local diag = judgmental(p.diagnostics)
  require_ok('a judgmental-language diagnostic is on line 10', diag ~= nil, brief(p.diagnostics))
  ok('its source is "casewise"', diag.source == 'casewise', vim.inspect(diag.source))
  ok('its range is exactly 9:15-9:24 ("combative")',
    diag.range.start.line == FLAG_LINE and diag.range.start.character == FLAG_START
      and diag.range['end'].line == FLAG_LINE and diag.range['end'].character == FLAG_END,
    vim.inspect(diag.range))

  local vd = find(vim.diagnostic.get(bufnr), function(d)
    return d.code == 'judgmental-language' and d.lnum == FLAG_LINE
  end)
  ok('vim.diagnostic.get has it at lnum 9, col 15-24, source casewise',
    vd ~= nil and vd.col == FLAG_START and vd.end_lnum == FLAG_LINE and vd.end_col == FLAG_END
      and vd.source == 'casewise',
    vim.inspect(vd or vim.diagnostic.get(bufnr)))

  -- 4. (b) the preferred quick fix
  local params = {
    textDocument = { uri = uri },
    range = diag.range,
    context = { diagnostics = { diag }, only = { 'quickfix' } },
  }
  local responses, req_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local resp = responses and responses[client_id]
  require_ok('textDocument/codeAction answers', resp ~= nil and resp.error == nil,
    vim.inspect(req_err or (resp and resp.error) or responses))
  local actions = resp.result or {}
  local titles = {}
  for _, a in ipairs(actions) do
    table.insert(titles, string.format('%s%s', a.title, a.isPreferred and ' (preferred)' or ''))
  end
  local action = find(actions, function(a) return a.isPreferred == true end)
  require_ok('exactly one action is preferred', action ~= nil and #vim.tbl_filter(function(a)
    return a.isPreferred == true
  end, actions) == 1, table.concat(titles, ' | '))
  if action.edit == nil and action.data ~= nil then
    local c = vim.lsp.get_client_by_id(client_id)
    local r = c.request_sync('codeAction/resolve', action, 10000, bufnr)
    if r and r.result then
      action = r.result
    end
  end
  require_ok('the preferred action carries a workspace edit', type(action.edit) == 'table', vim.inspect(action))

  local edits = {}
  if action.edit.changes then
    edits = action.edit.changes[uri] or {}
  elseif action.edit.documentChanges then
    for _, dc in ipairs(action.edit.documentChanges) do
      if dc.textDocument and dc.textDocument.uri == uri then
        vim.list_extend(edits, dc.edits)
      end
    end
  end
  require_ok('the edit is one text edit on this file', #edits == 1, vim.inspect(action.edit))
  local new_text = edits[1].newText
  ok('the replacement text is non-empty', type(new_text) == 'string' and #new_text > 0, vim.inspect(new_text))
  ok('the replacement text differs from "combative"', new_text ~= FLAG_WORD, vim.inspect(new_text))

  local before_count = published[uri].count
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  local now = vim.api.nvim_buf_get_lines(bufnr, FLAG_LINE, FLAG_LINE + 1, true)[1]
  local prefix, suffix = original:sub(1, FLAG_START), original:sub(FLAG_END + 1)
  local expected = prefix .. new_text .. suffix
  ok('the line now reads exactly: ' .. expected, now == expected, 'got: ' .. now)
  ok('the rest of the line is unchanged',
    now:sub(1, #prefix) == prefix and now:sub(-#suffix) == suffix, 'got: ' .. now)
  ok('no other line changed', vim.api.nvim_buf_line_count(bufnr) == 11
    and vim.api.nvim_buf_get_lines(bufnr, CLAIMS_LINE, CLAIMS_LINE + 1, true)[1]
      == 'Client claims he paid the rent on time.')

  -- 5. (c) the diagnostics follow the edit (didChange -> a new publish)
  vim.wait(10000, function() return published[uri].count > before_count end, 50)
  ok('diagnostics are re-published after the edit', published[uri].count > before_count)
  -- give a second (debounced) publication a moment, then judge the latest one
  vim.wait(2000, function() return judgmental(published[uri].diagnostics) == nil end, 50)
  local q = published[uri]
  ok('no judgmental-language diagnostic remains on line 10', judgmental(q.diagnostics) == nil,
    'line 10 now: ' .. now .. '\n' .. brief(q.diagnostics))

  -- 6. (d) hover on a remaining diagnostic names its rule
  local remaining = find(q.diagnostics, function(d) return d.code == 'credibility-doubt' end)
    or q.diagnostics[1]
  require_ok('a diagnostic remains to hover on (credibility-doubt on "claims")',
    remaining ~= nil and remaining.code == 'credibility-doubt', brief(q.diagnostics))
  local pos = { line = remaining.range.start.line, character = remaining.range.start.character + 1 }
  local hresp = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = pos }, 10000)
  local hover = hresp and hresp[client_id] and hresp[client_id].result
  local contents = hover and hover.contents
  ok('hover returns markdown content', type(contents) == 'table' and contents.kind == 'markdown'
    and type(contents.value) == 'string', vim.inspect(hover))
  ok('the hover names the rule ID "' .. tostring(remaining.code) .. '"',
    contents ~= nil and type(contents.value) == 'string'
      and contents.value:find(tostring(remaining.code), 1, true) ~= nil,
    contents and contents.value)
end

local success, err = xpcall(main, function(e)
  if e == ABORT then
    return e
  end
  return debug.traceback(e, 2)
end)
if not success and err ~= ABORT then
  ok('the test script runs without a Lua error', false, err)
end
finish()
