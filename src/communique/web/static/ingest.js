/* Upload with a progress bar (XHR upload events), then poll the job until it finishes.
   Without JavaScript the form posts normally and the job page refreshes itself. */
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest) return;
  const box = document.getElementById("upload-progress");
  const bar = document.getElementById("upload-bar");
  const status = document.getElementById("upload-status");

  function poll(id) {
    fetch("/ingest/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then((r) => r.json())
      .then((job) => {
        status.textContent = "Ingest " + job.status + ": " + job.read + " document(s) read" +
          (job.report && job.report.stored !== undefined ? ", " + job.report.stored + " stored, " + job.report.events + " event(s)" : "") +
          (job.error ? " — " + job.error : "");
        if (job.status === "queued" || job.status === "running") setTimeout(() => poll(id), 1000);
        else {
          const link = window.Communique.el("a", { href: "/ingest/jobs/" + encodeURIComponent(id), text: "details" });
          status.append(" ", link);
        }
      })
      .catch(() => { status.textContent = "Lost contact with the server."; });
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    box.hidden = false; bar.value = 0; status.textContent = "Uploading…";
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = { detail: "unexpected answer" }; }
      if (xhr.status === 202) { bar.value = 100; status.textContent = "Uploaded; ingesting…"; poll(body.id); }
      else status.textContent = "Refused (" + xhr.status + "): " + (body.detail || "");
    });
    xhr.addEventListener("error", () => { status.textContent = "Upload failed."; });
    xhr.send(new FormData(form));
  });
})();
