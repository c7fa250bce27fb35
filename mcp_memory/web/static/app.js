// mcp-memory web page: plain JavaScript over the JSON routes under /api/ (no build step, no CDN).
// Every memory text reaches the page through textContent, never innerHTML.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg"; // an XML namespace name, not a download
const THREAD_KEY = "mcp-memory.thread";
const TOKEN_KEY = "mcp-memory.token"; // kept for this tab only (sessionStorage)
const POLL_MS = 2000;
const PAGE_SIZE = 10;

const state = {
  info: null,
  thread: null,
  session: null,
  sessionFetchedAt: 0,
  lastQuery: null,
  lastRecalled: [],
  cursor: 0,
  cursors: [],
  busy: false,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child));
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

async function api(method, path, body) {
  const options = { method, headers: {} };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) options.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) {
    $("token-form").hidden = false;
    const error = new Error("This server needs an access token (mcp-memory token create): paste it above.");
    error.status = 401;
    throw error;
  }
  if (!response.ok) {
    // Our routes answer {"error": {"message"}}; the SDK's auth layer {"error", "error_description"}.
    const message = (data.error && data.error.message) || data.error_description || `${method} ${path}: ${response.status}`;
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return data;
}

function say(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function when(ts) {
  return new Date(ts * 1000).toLocaleTimeString();
}

// --- header: engine, counts, index size ---------------------------------------------------------

async function loadInfo() {
  const info = await api("GET", "/api/info");
  state.info = info;
  $("info-user").textContent = info.user;
  $("info-engine").textContent = `${info.engine} (Redis ${info.redis_version})`;
  $("info-count").textContent = `${info.user_memories} yours / ${info.memories} total`;
  const index = info.index || {};
  const docs = `${index.num_docs ?? info.memories} docs`;
  const megabytes = Number(index.vector_index_mb || 0) + Number(index.total_index_mb || 0);
  $("info-index").textContent =
    index.vector_index_mb === undefined ? `${docs}, no server index` : `${docs}, ${megabytes.toFixed(2)} MB`;
  $("info-index").title = JSON.stringify(index);
  $("info-model").textContent = `${info.model.name}${info.model.ready ? "" : " (loading…)"}`;
}

// --- working memory -----------------------------------------------------------------------------

async function ensureThread() {
  const saved = localStorage.getItem(THREAD_KEY);
  if (saved) {
    try {
      await loadSession(saved);
      return;
    } catch (error) {
      if (error.status !== 404 && error.status !== 400) throw error; // expired: start a new one
    }
  }
  await newThread();
}

async function newThread() {
  const session = await api("POST", "/api/threads", {});
  localStorage.setItem(THREAD_KEY, session.thread_id);
  state.thread = session.thread_id;
  state.lastQuery = null;
  state.lastRecalled = [];
  renderSession(session);
  renderRecalled(null, []);
  $("turn-outcome").textContent = "";
  await Promise.all([loadEvents(), loadMap()]);
}

async function loadSession(threadId) {
  const session = await api("GET", `/api/threads/${encodeURIComponent(threadId)}`);
  state.thread = threadId;
  renderSession(session);
}

function renderSession(session) {
  state.session = session;
  state.sessionFetchedAt = Date.now();
  $("thread-id").textContent = session.thread_id;
  $("turn-count").textContent = session.turn_count;
  setOptional("goal", session.goal);
  setOptional("scratchpad", session.scratchpad);
  const turns = $("turns");
  turns.replaceChildren(
    ...session.recent_turns.map((turn) =>
      el("li", { class: `turn ${turn.role}` }, el("span", { class: "role" }, turn.role), el("span", {}, turn.content)),
    ),
  );
  tickTtl();
}

function setOptional(id, value) {
  $(id).textContent = value || "—";
  $(id).classList.toggle("muted", !value);
}

function tickTtl() {
  const session = state.session;
  if (!session || session.ttl_seconds == null) {
    $("ttl").textContent = "—";
    return;
  }
  const left = Math.max(0, Math.round(session.ttl_seconds - (Date.now() - state.sessionFetchedAt) / 1000));
  const minutes = Math.floor(left / 60);
  $("ttl").textContent = `${minutes}:${String(left % 60).padStart(2, "0")} left`;
  $("ttl").classList.toggle("error", left === 0);
}

// --- event log ----------------------------------------------------------------------------------

async function loadEvents() {
  if (!state.thread) return;
  const { events } = await api("GET", `/api/threads/${encodeURIComponent(state.thread)}/events?count=50`);
  $("events").replaceChildren(
    ...events.map((event) =>
      el(
        "li",
        { "data-id": event.id },
        el("time", {}, when(event.ts)),
        el("span", { class: "action" }, event.action),
        el("span", { class: "detail" }, event.detail),
      ),
    ),
  );
}

// --- turns and recall ---------------------------------------------------------------------------

async function sendTurn(event) {
  event.preventDefault();
  const content = $("turn-text").value;
  const remember = $("remember-as").value;
  await busy(async () => {
    const result = await api("POST", `/api/threads/${encodeURIComponent(state.thread)}/turns`, {
      content,
      remember,
    });
    $("turn-text").value = "";
    const written = result.remembered;
    $("turn-outcome").textContent = written
      ? `Remembered as ${remember}: ${written.status}${written.distance != null ? ` (distance ${written.distance.toFixed(3)})` : ""}`
      : "Not written to long-term memory.";
    state.lastQuery = content;
    state.lastRecalled = result.recalled;
    renderRecalled(content, result.recalled);
    await Promise.all([loadSession(state.thread), loadEvents(), loadMemories(), loadMap(), loadInfo()]);
  });
}

async function recallOnly() {
  const query = $("turn-text").value;
  await busy(async () => {
    const answer = await api("GET", `/api/recall?query=${encodeURIComponent(query)}`);
    state.lastQuery = query;
    state.lastRecalled = answer.recalled;
    renderRecalled(query, answer.recalled);
    $("turn-outcome").textContent = "Recall only: nothing was written.";
    await Promise.all([loadMemories(), loadMap()]);
  });
}

function renderRecalled(query, recalled) {
  $("recall-query").textContent =
    query == null
      ? "Send a turn to see what it recalls."
      : recalled.length
        ? `For “${query}”:`
        : `Nothing close enough to “${query}”.`;
  const threshold = (state.info && state.info.recall_threshold) || 0.55;
  const scale = Math.max(1, ...recalled.map((m) => m.distance)); // bar width: distance out of 1 (or more)
  $("recalled").replaceChildren(
    ...recalled.map((memory) => {
      const bar = el(
        "div",
        { class: "bar", title: `cosine distance ${memory.distance.toFixed(3)}; threshold ${threshold}` },
        el("div", {
          class: `fill ${memory.distance <= threshold ? "close" : "far"}`,
          style: `width: ${(100 * memory.distance) / scale}%`,
        }),
        el("div", { class: "threshold", style: `left: ${(100 * threshold) / scale}%` }),
      );
      return el(
        "li",
        { "data-id": memory.id },
        el("p", { class: "text" }, memory.text),
        el(
          "div",
          { class: "row" },
          el("span", { class: `kind ${memory.kind}` }, memory.kind),
          bar,
          el("span", { class: "distance" }, memory.distance.toFixed(3)),
        ),
      );
    }),
  );
}

// --- memories table -----------------------------------------------------------------------------

function filters() {
  const params = new URLSearchParams();
  const namespace = $("filter-namespace").value.trim();
  const kind = $("filter-kind").value;
  if (namespace) params.set("namespace", namespace);
  if (kind) params.set("kind", kind);
  return params;
}

async function loadMemories() {
  const params = filters();
  params.set("limit", PAGE_SIZE);
  params.set("cursor", state.cursor);
  const page = await api("GET", `/api/memories?${params}`);
  const rows = page.items.map((memory) =>
    el(
      "tr",
      { "data-id": memory.id },
      el("td", { class: "text" }, memory.text),
      el("td", {}, el("span", { class: `kind ${memory.kind}` }, memory.kind)),
      el("td", {}, memory.namespace),
      el("td", { class: "num" }, memory.hit_count),
      el("td", {}, new Date(memory.created_ts * 1000).toLocaleString()),
      el(
        "td",
        {},
        el("button", { type: "button", class: "delete", title: "Delete this memory", onclick: () => deleteMemory(memory) }, "Delete"),
      ),
    ),
  );
  if (!rows.length) rows.push(el("tr", {}, el("td", { colspan: "6", class: "muted" }, "No memories here.")));
  $("memories").tBodies[0].replaceChildren(...rows);
  const last = state.cursor + page.items.length;
  $("page-info").textContent = page.total ? `${state.cursor + 1}–${last} of ${page.total}` : "";
  $("prev-page").disabled = state.cursors.length === 0;
  $("next-page").disabled = page.next_cursor == null;
  state.nextCursor = page.next_cursor;
}

async function deleteMemory(memory) {
  await busy(async () => {
    await api("DELETE", `/api/memories/${encodeURIComponent(memory.id)}`);
    say(`Deleted “${memory.text}”.`);
    state.lastRecalled = state.lastRecalled.filter((m) => m.id !== memory.id);
    renderRecalled(state.lastQuery, state.lastRecalled);
    await Promise.all([loadMemories(), loadMap(), loadInfo(), loadEvents()]);
  }, false);
}

// --- memory map ---------------------------------------------------------------------------------

async function loadMap() {
  const params = new URLSearchParams();
  const namespace = $("filter-namespace").value.trim();
  if (namespace) params.set("namespace", namespace);
  if (state.lastQuery) {
    params.set("query", state.lastQuery);
    params.set("recalled", state.lastRecalled.map((m) => m.id).join(","));
  }
  renderMap(await api("GET", `/api/map?${params}`));
}

function renderMap(map) {
  const canvas = $("map");
  const [width, height, pad] = [420, 300, 18];
  const all = map.points.map((p) => [p.x, p.y]);
  if (map.query) all.push([map.query.x, map.query.y]);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x) => (maxX > minX ? pad + ((x - minX) / (maxX - minX)) * (width - 2 * pad) : width / 2);
  const sy = (y) => (maxY > minY ? height - pad - ((y - minY) / (maxY - minY)) * (height - 2 * pad) : height / 2);
  const nodes = [];
  if (!map.points.length) {
    const empty = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" });
    empty.textContent = "No memories yet.";
    nodes.push(empty);
  }
  if (map.query) {
    for (const p of map.points.filter((point) => point.recalled)) {
      nodes.push(svg("line", { x1: sx(map.query.x), y1: sy(map.query.y), x2: sx(p.x), y2: sy(p.y), class: "link" }));
    }
  }
  for (const p of map.points) {
    const classes = ["point", p.kind, p.recalled ? "recalled" : "", p.superseded ? "superseded" : ""];
    const circle = svg("circle", {
      cx: sx(p.x),
      cy: sy(p.y),
      r: p.recalled ? 7 : 5,
      class: classes.filter(Boolean).join(" "),
      "data-id": p.id,
    });
    const title = svg("title");
    title.textContent = `${p.text} [${p.kind}]${p.distance != null ? ` — distance ${p.distance.toFixed(3)}` : ""}`;
    circle.append(title);
    nodes.push(circle);
  }
  if (map.query) {
    const [qx, qy] = [sx(map.query.x), sy(map.query.y)];
    const star = svg("path", {
      d: `M${qx - 7},${qy - 7} L${qx + 7},${qy + 7} M${qx + 7},${qy - 7} L${qx - 7},${qy + 7}`,
      class: "query",
    });
    const title = svg("title");
    title.textContent = `last query: ${map.query.text}`;
    star.append(title);
    nodes.push(star);
  }
  const share = map.explained_variance.map((v) => `${Math.round(v * 100)}%`).join(" + ");
  const caption = svg("text", { x: width - 4, y: height - 4, "text-anchor": "end", class: "caption" });
  caption.textContent = `${map.points.length} memories · variance shown ${share}`;
  nodes.push(caption);
  canvas.replaceChildren(...nodes);
  canvas.dataset.points = String(map.points.length);
}

// --- wiring -------------------------------------------------------------------------------------

const ACTIONS = ["send-turn", "recall-only", "new-thread"]; // disabled while a request is running

function setBusy(value) {
  state.busy = value;
  document.body.classList.toggle("busy", value);
  for (const id of ACTIONS) $(id).disabled = value;
}

async function busy(work, lock = true) {
  if (lock && state.busy) return;
  if (lock) setBusy(true);
  try {
    await work();
    if (lock) say("");
  } catch (error) {
    say(error.message, true);
  } finally {
    if (lock) setBusy(false);
  }
}

async function poll() {
  if (document.hidden || !state.thread) return;
  try {
    await Promise.all([loadSession(state.thread), loadEvents()]);
  } catch (error) {
    if (error.status === 404) say("This thread expired: press “New thread” to start another.", true);
    else say(error.message, true);
  }
}

function wire() {
  $("turn-form").addEventListener("submit", sendTurn);
  $("recall-only").addEventListener("click", recallOnly);
  $("new-thread").addEventListener("click", () => busy(newThread));
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    state.cursor = 0;
    state.cursors = [];
    busy(() => Promise.all([loadMemories(), loadMap()]));
  });
  $("next-page").addEventListener("click", () => {
    if (state.nextCursor == null) return;
    state.cursors.push(state.cursor);
    state.cursor = state.nextCursor;
    busy(loadMemories);
  });
  $("prev-page").addEventListener("click", () => {
    state.cursor = state.cursors.pop() || 0;
    busy(loadMemories);
  });
  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    $("token").value = "";
    $("token-form").hidden = true;
    load();
  });
  setInterval(tickTtl, 1000);
  setInterval(poll, POLL_MS);
}

async function load() {
  await busy(async () => {
    await loadInfo();
    await ensureThread();
    await Promise.all([loadEvents(), loadMemories(), loadMap()]);
  });
}

async function start() {
  wire();
  await load();
  document.body.dataset.ready = "true";
}

start();
