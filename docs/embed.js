/*! Shinchoku embed helper: sizes every <iframe data-shinchoku> to its content.
 * Include it on the host page after the iframe(s):
 *   <iframe data-shinchoku src="https://intranet.example/shinchoku/?embed=1&view=kpis" title="Shinchoku" style="width:100%;border:0"></iframe>
 *   <script src="https://intranet.example/shinchoku/embed.js"></script>
 * Protocol: the viewer posts {type: "shinchoku:resize", height: <px>} to its parent
 * whenever its content height changes. Only messages from the iframe's own window
 * are honoured; nothing is sent back. No dependencies. */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "shinchoku:resize" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.querySelectorAll("iframe[data-shinchoku]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(0, Math.ceil(data.height)) + "px";
      }
    }
  });
})();
