/*!
 * loopscope-embed.js — sizes Loopscope embeds to their content. Add it once per page:
 *
 *   <iframe src="https://…/embed#v1.…" data-loopscope="1" width="100%" height="480" …></iframe>
 *   <script src="https://…/loopscope-embed.js" async></script>
 *
 * Each embed posts { type: "loopscope:height", v: 1, height } to this page whenever its
 * content height changes. This script sets the height of the iframe[data-loopscope] that
 * sent it, and of no other: it matches event.source to each iframe's window, and the
 * message's origin to the iframe's src. It reads nothing else and sends nothing.
 * Plain ES2019 (every current browser), no dependencies; loading it twice is harmless. Embeds added later (by a
 * comment widget, a framework) are found when they first report.
 */
(function () {
  'use strict';
  var TYPE = 'loopscope:height';
  var VERSION = 1;
  var MAX_HEIGHT = 100000;
  if (window.__loopscopeEmbedHost) return;
  window.__loopscopeEmbedHost = VERSION;

  function originOf(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch {
      return null; // an iframe with an unparsable src cannot be ours
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE || data.v !== VERSION) return;
    var height = data.height;
    if (typeof height !== 'number' || height % 1 !== 0 || height < 1 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-loopscope]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      iframe.style.height = height + 'px';
      iframe.setAttribute('height', String(height));
      return;
    }
  });
})();
