/*
 * Built-in theme: menu entries with children open as a disclosure. Loaded right after the
 * header (not deferred) and only where the menu has children, so the submenus are folded
 * before the page is first drawn. Without this script every submenu stays open as a plain
 * list of links under its entry, and the buttons stay hidden.
 *
 * Each `[data-submenu-toggle]` button shows or hides the list its `aria-controls` names and
 * says which in `aria-expanded`. One submenu is open at a time. Escape closes it and gives
 * focus back to its button; a click, or focus, anywhere outside it folds it.
 */
(function () {
  'use strict';

  var buttons = Array.prototype.slice.call(document.querySelectorAll('[data-submenu-toggle]'));
  var listOf = function (button) { return document.getElementById(button.getAttribute('aria-controls')); };

  var setOpen = function (button, open) {
    var list = listOf(button);
    if (!list) return;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    list.hidden = !open;
  };

  var closeAll = function (except) {
    buttons.forEach(function (button) { if (button !== except) setOpen(button, false); });
  };

  buttons.forEach(function (button) {
    var list = listOf(button);
    if (!list) return;
    var label = button.parentNode.querySelector('[data-submenu-label]');
    if (label) label.hidden = true;
    button.hidden = false;
    list.hidden = true;
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      closeAll(button);
      setOpen(button, open);
    });
    button.parentNode.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      setOpen(button, false);
      button.focus();
    });
  });

  var outside = function (event) {
    buttons.forEach(function (button) {
      if (!button.parentNode.contains(event.target)) setOpen(button, false);
    });
  };
  // Focus leaving by keyboard folds a submenu at once; a tap waits for its click, or a submenu
  // folding under the finger on a phone would move what the finger is about to tap.
  var pointing = false;
  document.addEventListener('pointerdown', function () { pointing = true; }, true);
  document.addEventListener('keydown', function () { pointing = false; }, true);
  document.addEventListener('click', function (event) { pointing = false; outside(event); });
  document.addEventListener('focusin', function (event) { if (!pointing) outside(event); });
})();
