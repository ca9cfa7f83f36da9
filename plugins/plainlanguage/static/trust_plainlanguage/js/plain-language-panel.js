/*
 * Refreshes the plain-language side panel from the editor's unsaved form:
 * when the preview updates, when an autosave succeeds, and shortly after the
 * editor stops typing. The server measures the posted form (views.py).
 */
(() => {
  const start = () => {
    const panel = document.querySelector('[data-plain-language-panel]');
    const form = document.querySelector('form[data-edit-form]');
    if (!panel || !form) return;
    const results = panel.querySelector('[data-plain-language-results]');
    const counter = document.querySelector(
      '[data-side-panel-toggle="plain_language"] [data-side-panel-toggle-counter]',
    );
    let timer = null;

    const refresh = async () => {
      clearTimeout(timer);
      const response = await fetch(panel.dataset.plainLanguageUrl, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      });
      if (!response.ok) return;
      results.innerHTML = await response.text();
      const toFix = results.querySelector('[data-plain-language-to-fix]');
      if (counter && toFix) {
        const count = Number(toFix.dataset.plainLanguageToFix);
        counter.textContent = count;
        counter.hidden = count === 0;
      }
    };
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 1500);
    };

    document.addEventListener('w-preview:loaded', refresh);
    form.addEventListener('w-autosave:success', refresh);
    form.addEventListener('input', refreshSoon);
    form.addEventListener('change', refreshSoon);
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
