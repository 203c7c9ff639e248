// Events landing: the built page lists every event newest first under one heading, so it
// stays true whatever day it is read without JavaScript. Here, on the reader's day, events
// that have not ended yet move to the "upcoming" list (soonest first), the other heading
// becomes "past events", and a list left empty stays hidden with its heading.
(function () {
  "use strict";
  var root = document.querySelector("[data-events]");
  if (!root) return;
  var upcoming = root.querySelector("[data-events-upcoming]");
  var past = root.querySelector("[data-events-past]");
  if (!upcoming || !past) return;

  // Today as YYYY-MM-DD in the site's time zone (the reader's own when unknown).
  function today(zone) {
    var now = new Date();
    try {
      var parts = new Intl.DateTimeFormat("en-CA", {
        timeZone: zone || undefined, year: "numeric", month: "2-digit", day: "2-digit"
      }).formatToParts(now);
      var value = {};
      parts.forEach(function (part) { value[part.type] = part.value; });
      return value.year + "-" + value.month + "-" + value.day;
    } catch (error) {
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    }
  }

  // The last day an event runs: a month-precision date (YYYY-MM) runs to the month's end, a
  // fiscal year (written as its year, YYYY) to the end of March of the next year.
  function lastDay(item) {
    var end = item.getAttribute("data-end") || item.getAttribute("data-start") || "";
    if (end.length === 4) return (Number(end) + 1) + "-03-31";
    return end.length === 7 ? end + "-31" : end;
  }

  var day = today(root.getAttribute("data-time-zone"));
  var list = past.querySelector("ul");
  var later = Array.prototype.filter.call(list.children, function (item) {
    return lastDay(item) >= day;
  });
  var heading = past.querySelector("[data-past-label]");
  if (heading) heading.textContent = heading.getAttribute("data-past-label");
  if (later.length === 0) return;

  var target = upcoming.querySelector("ul");
  later.reverse().forEach(function (item) { target.appendChild(item); });
  upcoming.hidden = false;
  if (list.children.length === 0) past.hidden = true;
})();
