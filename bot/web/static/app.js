// 问政工作台: small enhancements; every form also works without this script.
// Server responses are inserted only as the server rendered them (escaped templates);
// anything typed by users is put into the page with textContent or as form values.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const root = document.body.dataset.root || "";
  const form = document.getElementById("ask-form");
  if (form) enhanceAsk(form, root);
  for (const busyForm of document.querySelectorAll("#check-form")) {
    busyForm.addEventListener("submit", () => {
      const busy = busyForm.querySelector(".busy");
      if (busy) busy.hidden = false;
    });
  }
});

function enhanceAsk(form, root) {
  const chat = document.getElementById("chat");
  const history = document.getElementById("history");
  const question = form.querySelector("textarea[name=question]");
  const button = form.querySelector("button[type=submit]");
  const busy = document.getElementById("ask-busy");
  const error = document.getElementById("ask-error");
  const turns = parseInt(form.dataset.turns || "3", 10);

  for (const chip of form.querySelectorAll("[data-example]")) {
    chip.addEventListener("click", () => { question.value = chip.dataset.example; question.focus(); });
  }
  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = question.value.trim();
    if (!text) return;
    error.hidden = true;
    button.disabled = true;
    busy.hidden = false;
    try {
      const response = await fetch(root + "/ask", {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Wenzheng-Fragment": "1", "Accept": "text/html" },
        credentials: "same-origin",
      });
      if (response.redirected && response.url.includes("/login")) {
        window.location.href = response.url;
        return;
      }
      if (!response.ok) throw new Error(await shortError(response));
      chat.insertAdjacentHTML("beforeend", await response.text());
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = "history";
      input.value = text;
      history.appendChild(input);
      while (history.children.length > turns) history.firstElementChild.remove();
      question.value = "";
      chat.lastElementChild.scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (err) {
      error.textContent = err.message || "出错了，请稍后再试";
      error.hidden = false;
    } finally {
      button.disabled = false;
      busy.hidden = true;
      question.focus();
    }
  });
}

async function shortError(response) {
  // error pages carry one short message; show just that text
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  const message = doc.querySelector(".error");
  return (message && message.textContent.trim()) || "出错了（" + response.status + "）";
}
