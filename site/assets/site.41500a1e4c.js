/*
 * G-CITY theme: the header's menu and search buttons on narrow screens, and tables read as
 * stacked cards on phones. Without this script every part of the header stays visible and
 * tables stay tables (scrolling sideways when they must).
 *
 * Header: loaded right after the header (not deferred), so the menu and the search box are
 * folded away before the page is first drawn. Each `button[aria-controls]` in
 * `[data-header-toggles]` shows or hides the element it names; `aria-expanded` says which.
 * CSS hides the closed parts only below the header's breakpoint, where the buttons show.
 *
 * Submenus: each `[data-submenu-toggle]` button beside a menu entry shows or hides the list its
 * `aria-controls` names (one at a time) and says which in `aria-expanded`; Escape, or a click
 * or focus outside the entry, closes it. Without the script the lists stay open under their
 * entries and the buttons stay hidden.
 *
 * Tables: each cell of a `.prose table` with a header row gets the text of its column's header
 * as `data-label`, which the stylesheet shows in front of the cell when rows are stacked; the
 * table gets explicit table roles, which `display: block` would otherwise take from it.
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

  var submenuButtons = Array.prototype.slice.call(document.querySelectorAll('[data-submenu-toggle]'));
  var submenuOf = function (button) { return document.getElementById(button.getAttribute('aria-controls')); };
  var setSubmenu = function (button, open) {
    var list = submenuOf(button);
    if (!list) return;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    list.hidden = !open;
  };
  submenuButtons.forEach(function (button) {
    if (!submenuOf(button)) return;
    button.hidden = false;
    setSubmenu(button, false);
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      submenuButtons.forEach(function (other) { if (other !== button) setSubmenu(other, false); });
      setSubmenu(button, open);
    });
    button.parentNode.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      // The header's own Escape (closing the phone menu) waits for the next one.
      event.stopPropagation();
      setSubmenu(button, false);
      button.focus();
    });
  });
  var closeOutside = function (event) {
    submenuButtons.forEach(function (button) {
      if (!button.parentNode.contains(event.target)) setSubmenu(button, false);
    });
  };
  if (submenuButtons.length) {
    // Focus leaving by keyboard folds a submenu at once; a tap waits for its click, or a
    // submenu folding under the finger would move what the finger is about to tap.
    var pointing = false;
    document.addEventListener('pointerdown', function () { pointing = true; }, true);
    document.addEventListener('keydown', function () { pointing = false; }, true);
    document.addEventListener('click', function (event) { pointing = false; closeOutside(event); });
    document.addEventListener('focusin', function (event) { if (!pointing) closeOutside(event); });
  }

  function stackTables() {
    var tables = document.querySelectorAll('.prose table');
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.querySelectorAll('thead th');
      if (!heads.length) return;
      var labels = Array.prototype.map.call(heads, function (th) { return th.textContent.trim(); });
      table.setAttribute('role', 'table');
      Array.prototype.forEach.call(table.querySelectorAll('thead, tbody'), function (group) { group.setAttribute('role', 'rowgroup'); });
      Array.prototype.forEach.call(table.querySelectorAll('tr'), function (row) {
        row.setAttribute('role', 'row');
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (cell.tagName === 'TH') {
            cell.setAttribute('role', 'columnheader');
          } else {
            cell.setAttribute('role', 'cell');
            if (labels[index]) cell.setAttribute('data-label', labels[index]);
          }
        });
      });
      table.classList.add('table-stack');
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', stackTables);
  else stackTables();
})();
