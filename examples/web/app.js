// The reference page: posts the document to the example server's /v1 endpoints and
// shows the report, the due list and the picture. Plain module, no framework.
const form = document.querySelector("#ask");
const text = document.querySelector("#document");
const file = document.querySelector("#file");
const asOf = document.querySelector("#as-of");
const lang = document.querySelector("#lang");
const status = document.querySelector("#status");
const results = document.querySelector("#results");
const rows = document.querySelector("#findings tbody");
const none = document.querySelector("#no-findings");
const dueList = document.querySelector("#due");
const picture = document.querySelector("#timeline");

// The page reads the browser's clock for a default day; the library never does.
asOf.value = new Date().toISOString().slice(0, 10);

file.addEventListener("change", async () => {
  const chosen = file.files && file.files[0];
  if (chosen) text.value = await chosen.text();
});

async function post(endpoint, body) {
  const response = await fetch(`v1/${endpoint}?as_of=${encodeURIComponent(asOf.value)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept-Language": lang.value },
    body,
  });
  return response;
}

function cell(row, content, className) {
  const td = document.createElement("td");
  if (className) td.className = className;
  td.append(content);
  row.append(td);
  return td;
}

function showReport(report) {
  rows.replaceChildren();
  report.findings.forEach((finding, index) => {
    const row = document.createElement("tr");
    row.dataset.severity = finding.severity;
    cell(row, finding.severity, `severity-${finding.severity}`);
    const link = document.createElement("a");
    link.href = `#finding-${index}`;
    link.textContent = finding.code;
    link.addEventListener("click", () => highlight(index));
    cell(row, link);
    cell(row, finding.message[lang.value] ?? "");
    const where = document.createElement("code");
    where.textContent = finding.path || "/";
    cell(row, where);
    rows.append(row);
  });
  none.hidden = report.findings.length > 0;
  applyFilter();
}

function highlight(index) {
  for (const marker of picture.querySelectorAll(".finding.highlight")) marker.classList.remove("highlight");
  const marker = picture.querySelector(`#finding-${index}`);
  if (marker) {
    marker.classList.add("highlight");
    marker.scrollIntoView({ block: "nearest", inline: "center" });
  }
}

function applyFilter() {
  const shown = new Set([...document.querySelectorAll("#filter input:checked")].map((box) => box.value));
  for (const row of rows.children) row.hidden = !shown.has(row.dataset.severity);
}
document.querySelector("#filter").addEventListener("change", applyFilter);

function showDue(answer) {
  dueList.replaceChildren();
  answer.due_list.items.forEach((item, index) => {
    const li = document.createElement("li");
    li.textContent = `${item.due} ${answer.messages[index]}`;
    dueList.append(li);
  });
}

function showPicture(svgText) {
  // Parsed as SVG and imported, never run: the picture has no scripts, only text.
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  picture.replaceChildren(document.importNode(parsed.documentElement, true));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  status.textContent = "Checking…";
  const body = text.value;
  try {
    const validated = await post("validate", body);
    const report = await validated.json();
    showReport(report);
    if (!validated.ok) {
      dueList.replaceChildren();
      picture.replaceChildren();
      status.textContent = `The document was not read (${validated.status}); the findings say why.`;
      results.hidden = false;
      return;
    }
    const [due, timeline] = await Promise.all([post("due", body), post("timeline", body)]);
    if (due.ok) showDue(await due.json());
    else dueList.replaceChildren();
    if (timeline.ok) showPicture(await timeline.text());
    else picture.replaceChildren();
    results.hidden = false;
    status.textContent = `${report.findings.length} findings.`;
  } catch (error) {
    status.textContent = `The server did not answer: ${error}`;
  }
});
