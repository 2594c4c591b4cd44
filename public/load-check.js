// Runs before the game's own code, as a plain script from our own origin (the page's Content Security Policy
// allows nothing inline). If a file of the game fails to arrive, or the game fails while starting, the loading
// line turns into a calm message with a way to try again, instead of waiting for ever. Saves and the journal
// live in the browser's storage, so trying again never touches them. Once the game has drawn its own first
// screen (the loading line is gone), this does nothing.
(() => {
  const fail = () => {
    const message = document.getElementById('load-failed');
    if (!message?.hidden) return;
    message.hidden = false;
    document.getElementById('load-waiting')?.setAttribute('hidden', '');
    document.getElementById('load-retry')?.focus();
  };
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      // A script, a style sheet or a preloaded module that did not arrive; or an error thrown while starting.
      const missingFile = target instanceof HTMLScriptElement || target instanceof HTMLLinkElement;
      if (missingFile || event instanceof ErrorEvent) fail();
    },
    true,
  );
  window.addEventListener('unhandledrejection', fail);
  document.addEventListener('click', (event) => {
    if (event.target instanceof HTMLElement && event.target.id === 'load-retry') location.reload();
  });
})();
