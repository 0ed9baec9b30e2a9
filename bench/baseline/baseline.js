// Baseline viewer for benchmarks: fetch, filter, render a plain table.
(async function () {
  "use strict";
  const params = new URLSearchParams(location.search);
  const url = params.get("data") || "../data/fy2022.json";
  const data = await (await fetch(url)).json();
  const rows = [];
  for (const p of data.projects) {
    const ministries = p.ministries.lead.concat(p.ministries.participating);
    for (const k of p.kpis) {
      const achievement = k.target && k.latest != null && k.target.value ? k.latest / k.target.value : null;
      rows.push({ p, k, ministries, achievement, text: (k.name + " " + k.detail).normalize("NFKC").toLowerCase() });
    }
  }
  const state = { ministries: new Set(), phases: new Set(), q: "" };
  const tbody = document.getElementById("rows");
  const count = document.getElementById("count");
  function render() {
    const q = state.q.normalize("NFKC").toLowerCase();
    const shown = rows.filter((r) =>
      (state.ministries.size === 0 || r.ministries.some((m) => state.ministries.has(m))) &&
      (state.phases.size === 0 || r.k.phases.some((ph) => state.phases.has(ph))) &&
      (q === "" || r.text.includes(q)));
    const frag = document.createDocumentFragment();
    for (const r of shown.slice(0, 100)) {
      const tr = document.createElement("tr");
      for (const v of [r.p.name_ja, r.k.name, r.k.target ? r.k.target.text : "-", r.k.latest_text || "-",
        r.achievement == null ? "-" : Math.round(r.achievement * 100) + "%", r.k.grade]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.appendChild(td);
      }
      frag.appendChild(tr);
    }
    tbody.replaceChildren(frag);
    count.textContent = shown.length + " KPIs";
  }
  function boxes(id, values, set, attr) {
    const host = document.getElementById(id);
    for (const v of values) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = v;
      box.setAttribute(attr, v);
      box.addEventListener("change", () => { box.checked ? set.add(v) : set.delete(v); render(); });
      label.append(box, v);
      host.appendChild(label);
    }
  }
  boxes("ministries", data.ministries.map((m) => m.id), state.ministries, "data-ministry");
  boxes("phases", data.phases.map((p) => p.id), state.phases, "data-phase");
  document.getElementById("q").addEventListener("input", (e) => { state.q = e.target.value; render(); });
  render();
  document.documentElement.dataset.ready = "true";
  performance.mark("shinchoku:ready");
})();
