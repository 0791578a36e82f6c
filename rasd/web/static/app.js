// rasd workbench: the little JavaScript the pages need (no inline scripts: the CSP forbids them).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // document page: show / hide highlight layers
  const text = document.getElementById("doc-text");
  document.querySelectorAll("#layer-toggles input[data-layer]").forEach((box) => {
    box.addEventListener("change", () => {
      if (text) text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });
  // event edit form: offer only the sub-event types of the chosen event type
  const type = document.getElementById("f-event_type");
  const sub = document.getElementById("f-sub_event_type");
  if (type && sub) {
    const sync = () => {
      let firstVisible = null;
      for (const opt of sub.options) {
        const ok = opt.dataset.type === type.value;
        opt.hidden = !ok;
        opt.disabled = !ok;
        if (ok && firstVisible === null) firstVisible = opt;
      }
      const cur = sub.options[sub.selectedIndex];
      if ((!cur || cur.disabled) && firstVisible) firstVisible.selected = true;
    };
    type.addEventListener("change", sync);
    sync();
  }
});
