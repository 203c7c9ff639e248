/*
 * G-CITY theme: the header's menu and search buttons on narrow screens. Without this script
 * every part of the header stays visible.
 *
 * Loaded right after the header (not deferred), so the menu and the search box are folded away
 * before the page is first drawn. Each `button[aria-controls]` in `[data-header-toggles]` shows
 * or hides the element it names; `aria-expanded` says which. CSS hides the closed parts only
 * below the header's breakpoint, where the buttons show.
 */
(function () {
  'use strict';

  var toggles = document.querySelector('[data-header-toggles]');
  var header = toggles && toggles.closest('.site-header');
  if (header) {
    var buttons = Array.prototype.slice.call(toggles.querySelectorAll('button[aria-controls]'));

    var target = function (button) { return document.getElementById(button.getAttribute('aria-controls')); };

    var setOpen = function (button, open) {
      var panel = target(button);
      if (!panel) return;
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      panel.classList.toggle('is-open', open);
    };

    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        // One panel at a time: opening the search closes the menu and the other way round.
        buttons.forEach(function (other) { if (other !== button) setOpen(other, false); });
        setOpen(button, open);
        if (open) {
          var field = target(button).querySelector('input, a[href]');
          if (field && field.matches('input')) field.focus();
        }
      });
    });

    // Escape in an open panel closes it and gives focus back to its button.
    header.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      buttons.forEach(function (button) {
        var panel = target(button);
        if (button.getAttribute('aria-expanded') === 'true' && panel && panel.contains(event.target)) {
          // The search box closes its own suggestions first; a second Escape closes the box.
          var suggestions = panel.querySelector('.search-suggest');
          if (suggestions && !suggestions.hidden) return;
          setOpen(button, false);
          button.focus();
        }
      });
    });

    toggles.hidden = false;
    header.classList.add('has-toggles');
  }
})();
