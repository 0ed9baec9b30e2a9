// Loads the Excel workbook module for the viewer. `make workbook` copies
// this file beside the module, to dist/workbook/load-workbook.js; the
// viewer adds it to the page as a classic script only when the user exports
// or opens a workbook (src/ui/page/workbook.rs), so the viewer's first load
// fetches nothing under workbook/. It defines
//
//   shinchokuWorkbook(instance: number): Promise<module>
//
// which imports workbook.js from beside this file (so any sub-path works,
// and a Content-Security-Policy of script-src 'self' 'wasm-unsafe-eval'
// allows it), initialises its wasm, and gives the module's exports
// (export_xlsx, import_xlsx: see src/bin/workbook.rs). The same instance
// number gives the same module; after a module stopped (a trap leaves its
// memory in no fit state) the viewer asks for the next number, which is a
// fresh copy. A load that failed is forgotten, so the next call tries again.
"use strict";
(() => {
  const here = document.currentScript.src;
  const loads = new Map();
  window.shinchokuWorkbook = (instance) => {
    if (!loads.has(instance)) {
      const glue = new URL("workbook.js", here);
      if (instance > 0) glue.search = `instance=${instance}`;
      const load = import(glue.href).then(async (module) => {
        await module.default({ module_or_path: new URL("workbook_bg.wasm", here) });
        return module;
      });
      load.catch(() => loads.delete(instance));
      loads.set(instance, load);
    }
    return loads.get(instance);
  };
})();
