// swift-format-ignore-file
// Written by `make theme` from Sources/SitegenTemplates/DefaultTheme/; do not edit.

extension BuiltInTheme {
    static let embeddedFiles: [(path: String, text: String)] = [
        (
            "404.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap not-found">
{{#notFound}}
<section class="page-header" lang="{{lang}}">
{{#first()}}<h1>{{title}}</h1>{{/first()}}{{^first()}}<h2>{{title}}</h2>{{/first()}}
<p>{{text}}</p>
<p class="more"><a href="{{home}}" hreflang="{{lang}}">{{homeLabel}}</a></p>
</section>
{{/notFound}}
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "assets/menu.js",
            #"""
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

"""#
        ),
        (
            "assets/search.js",
            #"""
/* sitegen site search: offline, per language, no framework and no network.
 *
 * The index of a language is `<lang>/search-index.js`, a script that stores it in
 * self.sitegenSearchIndex[lang]; it is loaded by inserting a <script> element the first time a
 * reader focuses or types in a search box, which works from disk (file://), from a sub-path and
 * offline, where fetch() of a JSON file would not.
 *
 * fold(), tokens() and stem() mirror Sources/SitegenKit/Search/SearchTokenizer.swift and
 * EnglishStemmer.swift: change them together. Both are checked against the table in
 * Tests/search-tokens.json.
 */
(function (root) {
  'use strict';

  // ---- Folding and segmentation (same as SearchTokenizer.swift) ----

  /** NFKC, lower case, katakana → hiragana, ς → σ. */
  function fold(text) {
    var lowered = text.normalize('NFKC').toLowerCase();
    var out = '';
    for (var ch of lowered) {
      var c = ch.codePointAt(0);
      if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) out += String.fromCodePoint(c - 0x60);
      else if (c === 0x03c2) out += '\u03c3'; // final sigma: Swift does not lower-case by context
      else out += ch;
    }
    return out;
  }

  /** Han, kana and the marks written inside Japanese words; not ・ or ゠. */
  function isCJK(c) {
    return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3041 && c <= 0x309f) || (c >= 0x30a1 && c <= 0x30fa) ||
      (c >= 0x30fc && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
  }

  var WORD = /^[\p{L}\p{N}\p{M}]$/u;

  function charClass(ch) {
    if (isCJK(ch.codePointAt(0))) return 'cjk';
    return WORD.test(ch) ? 'word' : 'sep';
  }

  /** Runs of one class in folded text: {kind, text, start, end} (code-unit offsets). */
  function runs(folded) {
    var result = [];
    var current = null;
    var offset = 0;
    for (var ch of folded) {
      var kind = charClass(ch);
      if (!current || current.kind !== kind) {
        if (current && current.kind !== 'sep') result.push(current);
        current = { kind: kind, text: '', start: offset, end: offset };
      }
      current.text += ch;
      offset += ch.length;
      current.end = offset;
    }
    if (current && current.kind !== 'sep') result.push(current);
    return result;
  }

  /** The tokens of text, in order, repeats kept: [{term, cjk}]. */
  function tokens(text) {
    var result = [];
    runs(fold(text)).forEach(function (run) {
      if (run.kind === 'cjk') {
        var chars = Array.from(run.text);
        if (chars.length === 1) result.push({ term: chars[0], cjk: true });
        for (var i = 0; i + 1 < chars.length; i++) result.push({ term: chars[i] + chars[i + 1], cjk: true });
      } else {
        result.push({ term: stem(run.text), cjk: false });
      }
    });
    return result;
  }

  // ---- Light Porter-style stemmer (same as EnglishStemmer.swift) ----

  function ends(word, suffix) {
    return word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix;
  }

  function isConsonant(word, i) {
    var ch = word[i];
    if ('aeiou'.indexOf(ch) >= 0) return false;
    if (ch === 'y') return i === 0 || !isConsonant(word, i - 1);
    return true;
  }

  function measure(word) {
    var count = 0;
    var previousVowel = false;
    for (var i = 0; i < word.length; i++) {
      var vowel = !isConsonant(word, i);
      if (previousVowel && !vowel) count++;
      previousVowel = vowel;
    }
    return count;
  }

  function endsCVC(word) {
    var n = word.length;
    return n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) &&
      'wxy'.indexOf(word[n - 1]) < 0;
  }

  var DERIVATIONS = [
    ['ational', 'ate', 0], ['ization', 'ize', 0], ['ation', 'ate', 0], ['ative', 'ate', 0],
    ['ator', 'ate', 0], ['ness', '', 0], ['ment', '', 1],
  ];

  function stem(word) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    var w = word;
    if (ends(w, 'sses')) w = w.slice(0, -2);
    else if (ends(w, 'ies') && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (ends(w, 's') && !ends(w, 'ss') && !ends(w, 'us') && !ends(w, 'is')) w = w.slice(0, -1);

    if (ends(w, 'eed')) {
      if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
    } else {
      var cut = ends(w, 'ing') ? 3 : ends(w, 'ed') ? 2 : 0;
      var base = cut ? w.slice(0, -cut) : '';
      if (cut && base.length >= 3 && hasPorterVowel(base)) {
        w = base;
        var last = w[w.length - 1];
        if (ends(w, 'at') || ends(w, 'bl') || ends(w, 'iz')) w += 'e';
        else if (w[w.length - 2] === last && isConsonant(w, w.length - 1) && 'lsz'.indexOf(last) < 0) w = w.slice(0, -1);
        else if (measure(w) === 1 && endsCVC(w)) w += 'e';
      }
    }

    for (var i = 0; i < DERIVATIONS.length; i++) {
      var d = DERIVATIONS[i];
      if (ends(w, d[0])) {
        var rest = w.slice(0, w.length - d[0].length);
        if (measure(rest) > d[2]) w = rest + d[1];
        break;
      }
    }
    return w;
  }

  function hasPorterVowel(word) {
    for (var i = 0; i < word.length; i++) if (!isConsonant(word, i)) return true;
    return false;
  }

  // ---- Querying ----

  /** What the reader typed, as groups of index terms: a page must hold a term of every group.
   *  The last word, while being typed, also matches terms it starts; one Han or kana character
   *  matches every bigram holding it. */
  function queryGroups(index, text) {
    var folded = fold(text);
    var queryRuns = runs(folded);
    var keys = index._keys || (index._keys = Object.keys(index.terms));
    var groups = [];
    var seen = {};
    var typing = folded.length > 0 && charClass(Array.from(folded).pop()) !== 'sep';
    queryRuns.forEach(function (run, position) {
      var isLast = position === queryRuns.length - 1;
      if (run.kind === 'cjk' && Array.from(run.text).length === 1) {
        add(keys.filter(function (key) { return key.indexOf(run.text) >= 0 && isCJK(key.codePointAt(0)); }), run.text);
      } else if (run.kind === 'cjk') {
        tokens(run.text).forEach(function (token) { add([token.term], token.term); });
      } else {
        var term = stem(run.text);
        var group = [term];
        if (isLast && typing && run.text.length >= 2) {
          keys.forEach(function (key) { if (key !== term && key.indexOf(run.text) === 0) group.push(key); });
        }
        add(group, term + (group.length > 1 ? '*' : ''));
      }
    });
    return groups;

    function add(group, name) {
      if (seen[name]) return;
      seen[name] = true;
      groups.push(group);
    }
  }

  /** Pages holding every group of the query: title matches first, then by weight × rarity. */
  function search(index, text) {
    var groups = queryGroups(index, text);
    if (!groups.length) return [];
    var count = index.pages.length;
    var scores = null;
    groups.forEach(function (group) {
      var best = {};
      group.forEach(function (term) {
        var postings = index.terms[term];
        if (!postings) return;
        var rarity = Math.log(1 + count / (postings.length / 2));
        for (var i = 0; i < postings.length; i += 2) {
          var score = postings[i + 1] * rarity;
          if (!(best[postings[i]] >= score)) best[postings[i]] = score;
        }
      });
      if (scores === null) {
        scores = best;
      } else {
        var both = {};
        Object.keys(scores).forEach(function (page) { if (page in best) both[page] = scores[page] + best[page]; });
        scores = both;
      }
    });
    var results = Object.keys(scores).map(function (id) {
      var page = index.pages[id];
      var titleTerms = {};
      tokens(page[0]).forEach(function (token) { titleTerms[token.term] = true; });
      var inTitle = groups.every(function (group) { return group.some(function (term) { return titleTerms[term]; }); });
      return { id: Number(id), title: page[0], url: page[1], section: page[2], excerpt: page[3], inTitle: inTitle, score: scores[id] };
    });
    results.sort(function (a, b) {
      if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1;
      if (a.score !== b.score) return b.score - a.score;
      return a.id - b.id;
    });
    return results;
  }

  /** text cut into [{text, mark}] pieces, marking the words and Japanese runs the query matched. */
  function highlight(text, query) {
    var foldedQuery = fold(query);
    var queryRuns = runs(foldedQuery);
    var typing = foldedQuery.length > 0 && charClass(Array.from(foldedQuery).pop()) !== 'sep';
    var stems = {};
    var cjk = [];
    var prefix = null;
    queryRuns.forEach(function (run, position) {
      if (run.kind === 'cjk') cjk.push(run.text);
      else stems[stem(run.text)] = true;
      if (run.kind === 'word' && position === queryRuns.length - 1 && typing && run.text.length >= 2) prefix = run.text;
    });

    // Fold piece by piece, remembering where each folded code unit came from.
    var folded = '';
    var from = [];
    var to = [];
    var offset = 0;
    pieces(text).forEach(function (piece) {
      var f = fold(piece);
      for (var i = 0; i < f.length; i++) { from.push(offset); to.push(offset + piece.length); }
      folded += f;
      offset += piece.length;
    });

    var ranges = [];
    runs(folded).forEach(function (run) {
      if (run.kind === 'word') {
        if (stems[stem(run.text)] || (prefix && run.text.indexOf(prefix) === 0)) ranges.push([run.start, run.end]);
        return;
      }
      cjk.forEach(function (needle) {
        for (var at = run.text.indexOf(needle); at >= 0; at = run.text.indexOf(needle, at + 1)) {
          ranges.push([run.start + at, run.start + at + needle.length]);
        }
      });
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });

    var result = [];
    var done = 0;
    ranges.forEach(function (range) {
      var start = Math.max(from[range[0]], done);
      var end = to[range[1] - 1];
      if (end <= start) return;
      if (start > done) result.push({ text: text.slice(done, start), mark: false });
      result.push({ text: text.slice(start, end), mark: true });
      done = end;
    });
    if (done < text.length) result.push({ text: text.slice(done), mark: false });
    return result;
  }

  /** Grapheme clusters where the browser can tell them (so ｶﾞ folds as one), else code points. */
  function pieces(text) {
    if (typeof Intl === 'object' && Intl.Segmenter) {
      return Array.from(new Intl.Segmenter().segment(text), function (s) { return s.segment; });
    }
    return Array.from(text);
  }

  /** The sentence of a page that shows most of the query, or the excerpt when none shows any. */
  function snippet(sentences, excerpt, query) {
    var best = excerpt;
    var bestCount = highlight(excerpt, query).filter(function (piece) { return piece.mark; }).length;
    (sentences || []).forEach(function (sentence) {
      var count = highlight(sentence, query).filter(function (piece) { return piece.mark; }).length;
      if (count > bestCount) {
        best = sentence;
        bestCount = count;
      }
    });
    return around(best, query);
  }

  /** text cut to about 160 characters, starting shortly before its first match. */
  function around(text, query) {
    var first = 0;
    var pieces = highlight(text, query);
    for (var i = 0; i < pieces.length && !pieces[i].mark; i++) first += pieces[i].text.length;
    if (first === text.length) first = 0;
    var start = 0;
    if (first > 60) {
      start = first - 40;
      var space = text.indexOf(' ', start);
      if (space >= 0 && space < first - 10) start = space + 1;
      if (text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) < 0xe000) start++;
    }
    var end = Math.min(text.length, start + 160);
    if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) < 0xdc00) end--;
    return (start > 0 ? '…' + text.slice(start, end).replace(/^…/, '') : text.slice(0, end)) +
      (end < text.length && !/…$/.test(text.slice(0, end)) ? '…' : '');
  }

  var api = { fold: fold, tokens: tokens, stem: stem, search: search, highlight: highlight, snippet: snippet };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }
  root.SitegenSearch = api;
  if (typeof document === 'undefined') return;

  // ---- The page: search boxes and results ----

  var loads = {};

  /** Runs the script at `source` once; resolves with what it stored in self[store][language]. */
  function loadScript(source, store, language) {
    var stored = root[store] && root[store][language];
    if (stored) return Promise.resolve(stored);
    if (!loads[source]) {
      loads[source] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = source;
        script.onload = function () {
          var loaded = root[store] && root[store][language];
          if (loaded) resolve(loaded);
          else reject(new Error(source + ' holds no ' + language + ' data'));
        };
        script.onerror = function () {
          delete loads[source];
          reject(new Error('cannot load ' + source));
        };
        document.head.appendChild(script);
      });
    }
    return loads[source];
  }

  /** The index of the form's language, with its sentences when they load (snippets fall back
   *  to excerpts without them). */
  function loadIndex(form) {
    var language = form.getAttribute('data-lang');
    var text = loadScript(form.getAttribute('data-text'), 'sitegenSearchText', language)
      .catch(function () { return []; });
    var index = loadScript(form.getAttribute('data-index'), 'sitegenSearchIndex', language);
    return Promise.all([index, text]).then(function (both) {
      both[0]._sentences = both[1];
      return both[0];
    });
  }

  function message(form, name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(values[key]); });
    return text;
  }

  /** An element holding text with the query's matches in <mark>; text only, never HTML. */
  function marked(tag, text, query) {
    var element = document.createElement(tag);
    highlight(text, query).forEach(function (piece) {
      if (piece.mark) {
        var mark = document.createElement('mark');
        mark.textContent = piece.text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(piece.text));
      }
    });
    return element;
  }

  function address(home, url) {
    var href = home + (url === './' ? '' : url);
    if (root.location.protocol === 'file:' && (href === '' || /\/$/.test(href))) href += 'index.html';
    return href || './';
  }

  function enhance(form) {
    var input = form.querySelector('input[name="q"]');
    var status = form.querySelector('[data-search-status]');
    var list = document.getElementById(form.getAttribute('data-results'));
    if (!input || !list) return;
    var suggest = form.getAttribute('data-search') === 'suggest';
    var home = form.getAttribute('data-home') || './';
    var timer = null;

    function announce(text) { if (status) status.textContent = text; }

    function clear() {
      list.textContent = '';
      if (suggest) list.hidden = true;
      announce('');
    }

    function render(results, query, index) {
      list.textContent = '';
      var shown = suggest ? results.slice(0, 8) : results;
      shown.forEach(function (result) {
        var item = document.createElement('li');
        item.className = suggest ? 'search-hit' : 'card search-hit';
        var link = document.createElement('a');
        link.href = address(home, result.url);
        if (suggest) {
          link.appendChild(marked('strong', result.title, query));
          if (result.section) {
            var where = document.createElement('span');
            where.className = 'meta';
            where.textContent = result.section;
            link.appendChild(where);
          }
          item.appendChild(link);
        } else {
          // An h2 below the page's h1, styled as every other card's title.
          var heading = document.createElement('h2');
          heading.className = 'card-title';
          link.appendChild(marked('span', result.title, query));
          heading.appendChild(link);
          item.appendChild(heading);
          if (result.section) {
            var meta = document.createElement('p');
            meta.className = 'meta';
            meta.textContent = result.section;
            item.appendChild(meta);
          }
          var text = snippet((index._sentences || [])[result.id], result.excerpt, query);
          if (text) item.appendChild(marked('p', text, query));
        }
        list.appendChild(item);
      });
      if (suggest && results.length) {
        var all = document.createElement('li');
        all.className = 'search-all';
        var more = document.createElement('a');
        more.href = form.getAttribute('action') + '?q=' + encodeURIComponent(query);
        more.textContent = message(form, 'all', { query: query, count: results.length });
        all.appendChild(more);
        list.appendChild(all);
      }
      if (suggest) list.hidden = !results.length && !query;
      var count = results.length;
      announce(count ? message(form, count === 1 ? 'one' : 'count', { count: count, query: query })
        : message(form, 'none', { query: query }));
      if (suggest && !count) {
        var none = document.createElement('li');
        none.className = 'search-none';
        none.textContent = message(form, 'none', { query: query });
        list.appendChild(none);
        list.hidden = false;
      }
    }

    function run() {
      var query = input.value;
      if (!query.trim()) { clear(); return; }
      if (!(root.sitegenSearchIndex && root.sitegenSearchIndex[form.getAttribute('data-lang')])) {
        announce(message(form, 'loading'));
      }
      loadIndex(form).then(function (index) {
        if (input.value !== query) return;
        render(search(index, query), query, index);
      }, function () {
        announce(message(form, 'error'));
      });
    }

    input.addEventListener('focus', function () { loadIndex(form).catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
      if (!suggest) {
        try {
          var url = new URL(root.location.href);
          url.searchParams.set('q', input.value);
          root.history.replaceState(null, '', url.href);
        } catch (ignored) { /* file:// may refuse; the results still show */ }
        carryQuery(input.value);
      }
    });
    form.addEventListener('submit', function (event) {
      if (!suggest) {
        event.preventDefault();
        clearTimeout(timer);
        run();
      }
    });

    // Arrow keys move between the input and the results; Escape closes the suggestions.
    document.addEventListener('keydown', function (event) {
      if (!form.contains(event.target) && !list.contains(event.target)) return;
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && links.length && (event.target === input || at >= 0)) {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus(); else links[at - 1].focus();
      } else if (event.key === 'Escape' && suggest) {
        input.focus();
        list.hidden = true;
      }
    });
    if (suggest) {
      form.addEventListener('focusout', function (event) {
        if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
          setTimeout(function () { if (!form.contains(document.activeElement)) list.hidden = true; }, 150);
        }
      });
      input.addEventListener('focus', function () { if (list.firstChild) list.hidden = false; });
    } else {
      var query = new URLSearchParams(root.location.search).get('q');
      if (query) {
        input.value = query;
        carryQuery(query);
        run();
      }
    }
  }

  // On the search page the language switcher takes the query along: switching language
  // searches the other language's pages for the same words.
  function carryQuery(query) {
    Array.prototype.forEach.call(document.querySelectorAll('.lang-switch a[hreflang]'), function (link) {
      var base = link.getAttribute('data-search-href') || link.getAttribute('href');
      link.setAttribute('data-search-href', base);
      link.setAttribute('href', query.trim() ? base + '?q=' + encodeURIComponent(query) : base);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-search]'), enhance);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof self !== 'undefined' ? self : this);

"""#
        ),
        (
            "assets/style.css",
            #"""
/*
 * sitegen's default theme: one stylesheet, system fonts only, nothing loaded from another host,
 * so a site also works opened from disk or offline.
 *
 * Class names the templates use (keep them stable; search.js writes the search ones):
 *   Layout      .wrap (centred column)  .prose (Markdown body)  .article  .page-header  .lead
 *               .page-date  .updated  .ics  .notice (a boxed message)  .visually-hidden
 *   Chrome      .skip-link  .site-header .header-inner .site-title  .lang-switch  .site-nav
 *               .breadcrumbs  .site-footer .footer-inner .footer-about .footer-title
 *               .footer-contact .footer-organization  .footer-nav
 *   Lists       .cards > .card (.card-title .card-summary)  .meta  .badge  .era  .more
 *               .list-group  .home-sections > .home-section (.section-summary)
 *   Paged lists .page-number  .pager (.pager-step .pager-number .pager-gap)  .toc
 *   Search      .search-box  .search-suggest (.search-hit .search-all .search-none)
 *               .search-page-form  .search-status  .search-results
 *   Other pages .not-found  .language-choice (the root page)
 *   Markdown    .heading .anchor  .footnote-ref  .footnotes  .footnote-backref (written by sitegen)
 *
 * Contrast (WCAG 2.2 AA asks 4.5:1 for text, 3:1 for focus rings and control borders):
 *   light  on --bg: fg 16.6 · muted 6.6 · accent 8.1 · focus 5.2 · --bg on --accent 8.1
 *          on --surface: fg 15.2 · muted 6.0 · accent 7.4
 *   dark   on --bg: fg 14.5 · muted 8.3 · accent 8.3 · focus 10.5 · --bg on --accent 8.3
 *          on --surface: fg 13.0 · muted 7.4 · accent 7.4
 *   search highlights (--mark-fg on --mark) 13.3 in both. Form controls are outlined in --muted;
 *   --line only separates things that have text of their own.
 */

/* ---------- Colours and fonts ---------- */

:root {
  color-scheme: light dark;
  --fg: #1b1f24;
  --bg: #ffffff;
  --muted: #555e68;
  --accent: #1d4f91;
  --accent-strong: #163c6e;
  --surface: #f3f5f7;
  --line: #d4d9df;
  --focus: #c2410c;
  --mark: #fde68a;
  --mark-fg: #1b1f24;
  --radius: 6px;
  --measure: 42rem;

  /* Latin first for languages without a stack of their own; each CJK stack is complete. */
  --font-latin: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans";
  --font-ja: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic Medium", "Yu Gothic", YuGothic,
    Meiryo, "Noto Sans JP", "Noto Sans CJK JP", "Source Han Sans JP";
  --font-zh-hans: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans SC",
    "Noto Sans CJK SC", "Source Han Sans SC";
  --font-zh-hant: "PingFang TC", "Microsoft JhengHei", "Noto Sans TC", "Noto Sans CJK TC",
    "Source Han Sans TC";
  --font-zh-hk: "PingFang HK", "Microsoft JhengHei", "Noto Sans HK", "Noto Sans CJK HK",
    "Noto Sans CJK TC";
  --font-ko: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR",
    "Source Han Sans K";
  --font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e9ed;
    --bg: #16191d;
    --muted: #aab3bd;
    --accent: #8cb4ec;
    --accent-strong: #b5cff3;
    --surface: #1f2328;
    --line: #3b424b;
    --focus: #fdba74;
  }
}

/* ---------- Base and typography (Japanese first, then Chinese and Korean) ---------- */

*, *::before, *::after { box-sizing: border-box; }

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
  font-family: var(--font-latin), var(--font-ja), sans-serif;
  line-height: 1.7;
}

body {
  margin: 0;
  min-height: 100vh;
  display: flex;
  flex-direction: column;
  color: var(--fg);
  background: var(--bg);
  font-size: 1rem;
  overflow-wrap: anywhere;
  font-kerning: normal;
}

/* Each language's own glyphs (漢字 differ between Japanese, Chinese and Korean), on every
   element that names its language, so a phrase marked lang="en" inside Japanese switches too. */
[lang]:lang(ja) { font-family: var(--font-ja), var(--font-latin), sans-serif; }
[lang]:lang(zh) { font-family: var(--font-zh-hans), var(--font-latin), sans-serif; }
[lang]:lang(zh-Hans) { font-family: var(--font-zh-hans), var(--font-latin), sans-serif; }
[lang]:lang(zh-Hant), [lang]:lang(zh-TW) { font-family: var(--font-zh-hant), var(--font-latin), sans-serif; }
[lang]:lang(zh-HK), [lang]:lang(zh-MO) { font-family: var(--font-zh-hk), var(--font-latin), sans-serif; }
[lang]:lang(ko) { font-family: var(--font-ko), var(--font-latin), sans-serif; }
[lang]:lang(en), [lang]:lang(fr), [lang]:lang(de), [lang]:lang(es) { font-family: var(--font-latin), var(--font-ja), sans-serif; }

/* CJK text needs more air between lines; Japanese keeps small kana off the start of a line. */
[lang]:lang(ja), [lang]:lang(zh), [lang]:lang(ko) { line-height: 1.8; }
[lang]:lang(ja) { line-break: strict; word-break: normal; }
[lang]:lang(zh) { line-break: strict; }
/* Korean breaks between words (at spaces), as it is written. */
[lang]:lang(ko) { word-break: keep-all; }

main { flex: 1 0 auto; }
main:focus { outline: none; }
p, li, dd { text-wrap: pretty; }

h1, h2, h3, h4 {
  line-height: 1.45;
  font-weight: 700;
  text-wrap: balance;
  /* Japanese headings break between phrases (Chrome), not inside words. */
  word-break: auto-phrase;
}
:is(h1, h2, h3, h4):lang(ko) { word-break: keep-all; }
h1:lang(ja), h2:lang(ja), h3:lang(ja) { font-feature-settings: "palt"; }

/* No slanted CJK: emphasis is bold in Japanese, Chinese and Korean. */
em:lang(ja), em:lang(zh), em:lang(ko), i:lang(ja), i:lang(zh), i:lang(ko),
cite:lang(ja), cite:lang(zh), cite:lang(ko) { font-style: normal; }
em:lang(ja), em:lang(zh), em:lang(ko) { font-weight: 700; }
address { font-style: normal; }

a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.2em; }
a:hover { color: var(--accent-strong); text-decoration-thickness: 2px; }

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

img, svg, video { max-width: 100%; height: auto; }
code, kbd, pre, samp { font-family: var(--font-mono); font-size: 0.9em; }
button, input, select, textarea { font: inherit; color: inherit; }

.wrap {
  width: 100%;
  max-width: 68rem;
  margin-inline: auto;
  padding-inline: clamp(1rem, 4vw, 2rem);
}

.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.skip-link {
  position: absolute;
  top: 0.5rem;
  left: 0.5rem;
  z-index: 100;
  padding: 0.6rem 1rem;
  color: var(--bg);
  background: var(--accent);
  border-radius: var(--radius);
  font-weight: 700;
  transform: translateY(-200%);
}
.skip-link:focus { transform: none; color: var(--bg); }

/* ---------- Header: site title, language switcher, menu, search box ---------- */

.site-header { border-top: 4px solid var(--accent); border-bottom: 1px solid var(--line); }
.header-inner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 1.5rem;
  padding-block: 0.5rem 0.75rem;
}
.site-title {
  flex: 1 1 auto;
  display: flex;
  align-items: center;
  min-height: 44px;
  color: var(--fg);
  font-size: 1.125rem;
  font-weight: 700;
  line-height: 1.4;
  text-decoration: none;
}
.site-title:hover { color: var(--accent); text-decoration: underline; }

.lang-switch ul, .site-nav ul, .footer-nav ul, .pager ul {
  list-style: none;
  margin: 0;
  padding: 0;
}
.lang-switch ul { display: flex; flex-wrap: wrap; margin-inline: -0.6rem; font-size: 0.9375rem; }
.lang-switch a, .lang-switch span {
  display: flex;
  align-items: center;
  min-height: 44px;
  padding: 0 0.6rem;
  white-space: nowrap;
}
.lang-switch [aria-current] {
  font-weight: 700;
  box-shadow: inset 0 -3px 0 var(--accent);
}

.site-nav { flex: 1 1 100%; }
.site-nav ul { display: flex; flex-wrap: wrap; margin-inline: -0.6rem; }
.site-nav a {
  display: flex;
  align-items: center;
  min-height: 44px;
  padding: 0 0.6rem;
  color: var(--fg);
  font-weight: 600;
  text-decoration: none;
}
.site-nav a:hover { color: var(--accent); text-decoration: underline; }
.site-nav a[aria-current] { color: var(--accent); box-shadow: inset 0 -3px 0 var(--accent); }

/* Menu entries with children (menu.js): a button beside the entry opens its submenu, below
   the entry on phones and as a panel under it on wider screens. Without the script the
   submenu is a plain list under its entry. */
.site-nav li.has-submenu { position: relative; display: flex; flex-wrap: wrap; align-items: center; }
.submenu-toggle {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.4rem;
  min-width: 44px;
  min-height: 44px;
  padding: 0 0.6rem;
  color: var(--fg);
  background: none;
  border: 0;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.submenu-toggle:hover { color: var(--accent); }
.submenu-toggle[aria-expanded="true"] .submenu-icon { transform: rotate(180deg); }
.submenu-toggle[hidden], .site-nav .submenu[hidden], .menu-label[hidden] { display: none; }
.menu-label { display: flex; align-items: center; min-height: 44px; padding: 0 0.6rem; font-weight: 600; }
.site-nav .submenu { display: block; flex-basis: 100%; margin: 0 0 0.25rem; padding-left: 1rem; }
.site-nav .submenu a { font-weight: 400; }
@media (min-width: 48rem) {
  .site-nav .submenu-toggle:not([hidden]) ~ .submenu {
    position: absolute;
    top: 100%;
    left: 0;
    z-index: 10;
    min-width: 14rem;
    padding: 0.25rem 0;
    background: var(--bg);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
  }
  .site-nav .submenu a { padding: 0 1rem; }
}

/* The header's search box; its suggestions open below it. */
.search-box { position: relative; display: flex; flex-wrap: wrap; gap: 0.25rem; flex: 1 1 100%; min-width: 0; }
.search-box input[type="search"] {
  flex: 1 1 8rem;
  min-width: 0;
  min-height: 44px;
  padding: 0.25rem 0.75rem;
  background: var(--bg);
  border: 1px solid var(--muted);
  border-radius: var(--radius);
}
.search-box input::placeholder { color: var(--muted); opacity: 1; }
.search-box button {
  min-height: 44px;
  padding: 0.25rem 1rem;
  color: var(--bg);
  background: var(--accent);
  border: 1px solid var(--accent);
  border-radius: var(--radius);
  font-weight: 700;
  cursor: pointer;
}
.search-box button:hover { background: var(--accent-strong); border-color: var(--accent-strong); }

/* Wider screens: title and languages on one row, menu and search box on the next, in the
   order of the source (so focus moves as the eye does). */
@media (min-width: 48rem) {
  .header-inner { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 2rem; }
  .site-title { font-size: 1.25rem; }
  .lang-switch { justify-self: end; }
  .header-inner > .search-box { width: 20rem; }
}

/* ---------- Breadcrumbs ---------- */

.breadcrumbs { background: var(--surface); border-bottom: 1px solid var(--line); font-size: 0.875rem; }
/* One line of text that wraps where it must, each "›" staying in front of its crumb. */
.breadcrumbs ol { list-style: none; margin-block: 0; padding-block: 0.5rem; line-height: 1.8; }
.breadcrumbs li { display: inline; }
.breadcrumbs li + li::before { content: "›"; margin-inline: 0.5rem; color: var(--muted); }
.breadcrumbs [aria-current] { color: var(--muted); }

/* ---------- Page heading and Markdown body ---------- */

.page-header { max-width: var(--measure); padding-block: clamp(1.5rem, 4vw, 2.5rem) 0.25rem; }
.page-header h1 { margin: 0; font-size: clamp(1.5rem, 1.2rem + 1.4vw, 2.125rem); }
.lead { margin: 0.75rem 0 0; color: var(--muted); font-size: 1.0625rem; }
.page-date, .page-number { margin: 0.5rem 0 0; color: var(--muted); }
.era { color: var(--muted); }
.article { padding-bottom: 2rem; }
.ics { margin: 1rem 0 0; }
.updated { margin: 2rem 0 0; color: var(--muted); font-size: 0.875rem; }

.prose { max-width: var(--measure); }
.prose > :first-child { margin-top: 1.5rem; }
.prose h2 {
  margin: 2.5rem 0 1rem;
  padding-bottom: 0.3rem;
  border-bottom: 1px solid var(--line);
  font-size: clamp(1.25rem, 1.1rem + 0.5vw, 1.5rem);
}
.prose h3 { margin: 2rem 0 0.75rem; font-size: 1.175rem; }
.prose h4 { margin: 1.5rem 0 0.5rem; font-size: 1rem; }
.prose p, .prose ul, .prose ol, .prose dl, .prose blockquote, .prose pre, .prose table, .prose figure {
  margin: 0 0 1.25rem;
}
.prose ul, .prose ol { padding-left: 1.5em; }
.prose li + li { margin-top: 0.35rem; }
.prose li > ul, .prose li > ol { margin: 0.35rem 0 0; }
.prose blockquote { margin-inline: 0; padding: 0.5rem 1.25rem; border-left: 4px solid var(--line); color: var(--muted); }
.prose blockquote > :last-child { margin-bottom: 0; }
.prose pre { padding: 0.75rem 1rem; overflow-x: auto; background: var(--surface); border-radius: var(--radius); overflow-wrap: normal; }
.prose :not(pre) > code { padding: 0.1em 0.3em; background: var(--surface); border-radius: 4px; }
.prose hr { margin: 2rem 0; border: 0; border-top: 1px solid var(--line); }
.prose dt { font-weight: 700; }
.prose dd { margin: 0 0 0.75rem 1.5em; }
/* Tables scroll sideways inside their own box; their cells keep whole words. */
.prose table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
.prose th, .prose td {
  padding: 0.4rem 0.75rem;
  border: 1px solid var(--line);
  text-align: start;
  vertical-align: top;
  overflow-wrap: break-word;
}
.prose th { background: var(--surface); }
.prose td:lang(ja), .prose th:lang(ja) { min-width: 5em; }

/* Heading self-links written by the Markdown stage: <div class="heading"><h2>…</h2><a class="anchor"> */
.heading { display: flex; align-items: baseline; gap: 0.5rem; }
.heading > :is(h2, h3, h4) { flex: 1 1 auto; min-width: 0; }
.prose .heading:has(> h2) { margin-top: 2.5rem; margin-bottom: 1rem; border-bottom: 1px solid var(--line); }
.prose .heading > h2 { margin: 0; padding-bottom: 0.3rem; border: 0; }
.heading .anchor {
  display: inline-block;
  min-width: 1.5rem;
  color: var(--muted);
  text-align: center;
  text-decoration: none;
}
.heading .anchor:hover, .heading .anchor:focus-visible { color: var(--accent); text-decoration: underline; }

/* Footnotes written by the Markdown stage: <sup class="footnote-ref"><a> in the text, and at the
   end <section class="footnotes"> with a back-link (.footnote-backref) closing each note. */
.footnote-ref { line-height: 0; }
.footnote-ref a { padding-inline: 0.15em; text-decoration: none; }
.footnote-ref a:hover { text-decoration: underline; }
.footnotes { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid var(--line); font-size: 0.9375rem; }
.footnotes li { scroll-margin-top: 1rem; }
.footnotes li:target { outline: 2px solid var(--accent); outline-offset: 0.25rem; }

/* Task lists (- [ ] and - [x]): the checkbox, labelled by the item's text, stands where the
   bullet was. */
.prose li:has(> label:first-child > input[type="checkbox"], > p:first-child > label:first-child > input[type="checkbox"]) {
  list-style: none;
}
.prose li label > input[type="checkbox"]:first-child { margin: 0 0.4em 0 -1.4em; }

.notice {
  max-width: var(--measure);
  margin: 1.25rem 0;
  padding: 0.75rem 1.25rem;
  background: var(--surface);
  border-left: 4px solid var(--accent);
  border-radius: var(--radius);
}
.notice p { margin: 0 0 0.5rem; }
.notice > :last-child { margin-bottom: 0; }
.notice ul { margin: 0; padding-left: 1.25em; }
.notice .meta { margin: 0; }

/* ---------- Terms of taxonomies: on a page, a taxonomy's list, related pages ---------- */

.eyebrow { margin: 0 0 0.25rem; font-size: 0.875rem; font-weight: 700; }
.terms { margin: 2rem 0 0; max-width: var(--measure); }
.terms-group { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; margin: 0 0 0.5rem; }
.terms-name { font-weight: 700; }
.term-list, .term-cloud { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.term-cloud { margin-top: 1.5rem; }
.term {
  display: inline-flex;
  align-items: center;
  gap: 0.4rem;
  min-height: 44px;
  padding: 0 0.9rem;
  color: var(--accent);
  background: var(--surface);
  border: 1px solid var(--line);
  border-radius: 999px;
  text-decoration: none;
}
.term:hover { border-color: var(--accent); text-decoration: underline; }
.term-count { color: var(--muted); font-size: 0.875rem; }
.related { margin: 2.5rem 0 0; max-width: var(--measure); }
.related h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
.related-list { margin: 0; padding-left: 1.25em; }
.related-list li { margin: 0; padding-block: 0.4rem; line-height: 1.7; }
.feed-link { margin: 1.5rem 0 0; }

/* ---------- Lists of pages: sections, groups, the home's sections ---------- */

.cards { list-style: none; margin: 1rem 0 0; padding: 0; border-top: 1px solid var(--line); }
.card { padding-block: 1rem; border-bottom: 1px solid var(--line); }
.card-title { margin: 0; font-size: 1.0625rem; line-height: 1.6; }
.card-summary { margin: 0.35rem 0 0; color: var(--muted); font-size: 0.9375rem; }
.meta { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.875rem; }
/* Lists show the date only; the Japanese era is on the page itself. */
.card .era { display: none; }
.badge {
  display: inline-block;
  margin-inline-start: 0.25rem;
  padding: 0 0.4em;
  border: 1px solid var(--muted);
  border-radius: 4px;
  color: var(--muted);
  font-size: 0.75rem;
  font-weight: 400;
  line-height: 1.6;
  vertical-align: 0.1em;
  white-space: nowrap;
}

.list-group { max-width: 52rem; margin-top: 2.5rem; }
.list-group > h2 { margin: 0; font-size: clamp(1.2rem, 1.1rem + 0.4vw, 1.375rem); }

.home-sections { display: grid; gap: 0 3rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); }
.home-section { margin-top: 2.5rem; }
.home-section > h2 { margin: 0; font-size: clamp(1.25rem, 1.1rem + 0.5vw, 1.5rem); }
.home-section > h2 a { color: var(--fg); text-decoration: none; }
.home-section > h2 a:hover { color: var(--accent); text-decoration: underline; }
.section-summary { margin: 0.35rem 0 0; color: var(--muted); }

.more { margin: 1rem 0 0; }
.more a {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
  font-weight: 700;
}
.more a::after { content: "→"; margin-inline-start: 0.35em; }

/* ---------- Table of contents ---------- */

.toc {
  max-width: var(--measure);
  margin: 1.5rem 0 0;
  padding: 0.75rem 1.25rem;
  background: var(--surface);
  border-radius: var(--radius);
  font-size: 0.9375rem;
}
.toc-title { margin: 0 0 0.25rem; font-size: 1rem; }
.toc ol { margin: 0; padding-left: 1.5em; }
.toc li { margin: 0.2rem 0; }
.toc .toc-3 { margin-left: 1.25em; list-style-type: circle; counter-increment: list-item 0; }
.toc .toc-4 { margin-left: 2.5em; list-style-type: square; counter-increment: list-item 0; }

/* ---------- Pager of paged lists ---------- */

.pager { margin: 2rem 0 1rem; }
.pager ul { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.pager a, .pager-number {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 44px;
  min-height: 44px;
  padding: 0 0.75rem;
  border: 1px solid var(--muted);
  border-radius: var(--radius);
  text-decoration: none;
}
.pager a:hover { background: var(--surface); text-decoration: underline; }
.pager [aria-current] { color: var(--bg); background: var(--accent); border-color: var(--accent); font-weight: 700; }
.pager-gap { color: var(--muted); }

/* ---------- Search: suggestions under the header box, the search page ---------- */

.search-suggest {
  position: absolute;
  top: 100%;
  right: 0;
  z-index: 10;
  width: min(28rem, calc(100vw - 2rem));
  margin: 0.25rem 0 0;
  padding: 0;
  list-style: none;
  background: var(--bg);
  border: 1px solid var(--muted);
  border-radius: var(--radius);
  box-shadow: 0 0.25rem 0.75rem rgba(0, 0, 0, 0.15);
}
.search-suggest a, .search-suggest .search-none { display: block; padding: 0.5rem 0.75rem; }
.search-suggest a { text-decoration: none; }
.search-suggest a strong { text-decoration: underline; text-underline-offset: 0.2em; }
.search-suggest li + li { border-top: 1px solid var(--line); }
.search-suggest a:focus { outline: 3px solid var(--focus); outline-offset: -3px; }
.search-suggest .meta { display: block; margin: 0; }
.search-page-form { max-width: var(--measure); margin: 1.5rem 0 0; }
.search-page-form label { flex-basis: 100%; font-weight: 700; }
.search-status { flex-basis: 100%; margin: 0.25rem 0 0; color: var(--muted); }
.search-results { border-top: 0; max-width: 52rem; }
.search-results .card-title { font-size: 1.0625rem; }
.search-results .card > p:last-child { margin: 0.35rem 0 0; font-size: 0.9375rem; }
mark { padding: 0 0.1em; color: var(--mark-fg); background: var(--mark); }

/* ---------- 404 and the root language chooser ---------- */

.not-found { padding-bottom: 2rem; }
.not-found > section + section { margin-top: 1.5rem; border-top: 1px solid var(--line); }
.not-found h2 { margin: 0; font-size: clamp(1.5rem, 1.2rem + 1.4vw, 2.125rem); }

.language-choice { padding-block: 2rem; }
.language-choice h1 { margin: 0 0 1.5rem; font-size: clamp(1.375rem, 1.1rem + 1.2vw, 1.875rem); }
.language-choice ul { list-style: none; margin: 0; padding: 0; max-width: 32rem; border-top: 1px solid var(--line); }
.language-choice li { padding-block: 0.5rem; border-bottom: 1px solid var(--line); }
.language-choice a {
  display: flex;
  align-items: center;
  min-height: 44px;
  font-size: 1.25rem;
  font-weight: 700;
}
.language-choice .meta { display: block; margin: 0; }

/* ---------- Footer ---------- */

.site-footer {
  margin-top: 3rem;
  padding-block: 1.5rem 2rem;
  background: var(--surface);
  border-top: 1px solid var(--line);
  font-size: 0.9375rem;
}
.footer-inner { display: grid; gap: 1rem 3rem; }
.footer-title { margin: 0; font-weight: 700; }
.footer-title a { color: var(--fg); text-decoration: none; }
.footer-title a:hover { text-decoration: underline; }
.footer-contact { display: flex; flex-direction: column; margin-top: 0.5rem; color: var(--muted); }
.footer-organization { color: var(--fg); }
.footer-nav ul { display: flex; flex-wrap: wrap; column-gap: 1.25rem; }
.footer-nav a { display: inline-flex; align-items: center; min-height: 44px; }
@media (min-width: 48rem) {
  .footer-inner { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
}

/* ---------- Motion and print ---------- */

@media (prefers-reduced-motion: no-preference) {
  html:focus-within { scroll-behavior: smooth; }
  a, button { transition: color 0.15s, background-color 0.15s; }
}

@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --accent: #000; --surface: #fff; --line: #999; }
  body { display: block; font-size: 10.5pt; }
  .skip-link, .lang-switch, .site-nav, .search-box, .breadcrumbs, .pager, .footer-nav, .more,
  .heading .anchor { display: none !important; }
  .site-header { border: 0; border-bottom: 1px solid #000; }
  .site-footer { margin-top: 2rem; border-top: 1px solid #000; }
  .wrap { max-width: none; padding: 0; }
  .prose a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2, h3 { break-after: avoid; }
  .card, .toc, .notice { break-inside: avoid; }
}

"""#
        ),
        (
            "base.mustache",
            ##"""
<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{#isHome}}{{siteTitle}}{{/isHome}}{{^isHome}}{{page.title}}{{#pager}}{{^isFirst}} – {{label}}{{/isFirst}}{{/pager}} | {{siteTitle}}{{/isHome}}</title>
{{> partials/seo}}
<link rel="stylesheet" href="{{assets.style_css}}">
<script src="{{assets.search_js}}" defer></script>
{{$head}}{{/head}}
</head>
<body>
<a class="skip-link" href="#main">{{t.skipToContent}}</a>
{{> partials/header}}
{{#hasBreadcrumbs}}{{> partials/breadcrumbs}}{{/hasBreadcrumbs}}
<main id="main" tabindex="-1">
{{$main}}{{/main}}
</main>
{{> partials/footer}}
</body>
</html>

"""##
        ),
        (
            "fallback/404.mustache",
            #"""
{{! The 404 pages of a theme without a 404 template. }}
<!doctype html>
<html lang="{{lang}}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>404</title></head><body>{{#notFound}}<p lang="{{lang}}">{{title}}</p>{{/notFound}}</body></html>

"""#
        ),
        (
            "fallback/root.mustache",
            #"""
{{! site/index.html of a theme without a root template: a link to each language. }}
<!doctype html>
<html lang="{{lang}}">
<head><meta charset="utf-8"><title>{{siteTitle}}</title><meta http-equiv="refresh" content="0; url={{defaultLanguage}}/"></head>
<body><ul>
{{#languages}}<li><a href="{{url}}" lang="{{code}}" hreflang="{{code}}">{{name}}</a></li>
{{/languages}}
</ul></body>
</html>

"""#
        ),
        (
            "home.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap">
<header class="page-header home-header">
<h1>{{page.title}}</h1>
{{#page.tagline}}<p class="lead">{{page.tagline}}</p>{{/page.tagline}}
{{^page.tagline}}{{#page.summary}}<p class="lead">{{page.summary}}</p>{{/page.summary}}{{/page.tagline}}
</header>
{{#page.hasContent}}
<div class="prose">
{{{page.content}}}
</div>
{{/page.hasContent}}
<div class="home-sections">
{{#sections}}
<section class="home-section" aria-labelledby="section-{{section}}">
<h2 id="section-{{section}}"><a href="{{url}}">{{title}}</a></h2>
{{#summary}}<p class="section-summary">{{summary}}</p>{{/summary}}
{{! Title and date only: Mustache looks a name an entry lacks up in the enclosing section,
    so an entry without a summary would show its section's. }}
<ul class="cards">
{{#pages}}<li class="card">
<h3 class="card-title"><a href="{{url}}"{{#onlyIn}} lang="{{onlyIn}}" hreflang="{{onlyIn}}"{{/onlyIn}}>{{title}}</a>{{#onlyIn}} <span class="badge">{{onlyInLabel}}</span>{{/onlyIn}}</h3>
{{#date}}<p class="meta">{{> partials/date}}</p>{{/date}}
</li>
{{/pages}}
</ul>
<p class="more"><a href="{{url}}">{{t.seeAll}}<span class="visually-hidden">{{t.colon}}{{title}}</span></a></p>
</section>
{{/sections}}
</div>
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "i18n/en.yaml",
            #"""
# Interface strings of sitegen's default theme in English ({{t.key}} in templates).
# Keep the same keys, in the same order, in every language. Nothing here is about one site:
# the organisation's name, address and telephone come from site.yaml (site.params).

# Page chrome: skip link, header, breadcrumbs, footer
skipToContent: Skip to main content
languageSwitcher: Language
mainMenu: Main menu
# The name of the button that opens an entry's submenu: before and after its title
submenuBefore: "More in “"
submenuAfter: "”"
footerMenu: Pages on this site
breadcrumbs: Breadcrumb
home: Home
colon: ": "
telephone: Phone
email: Email
feed: Updates (Atom feed)

# Pages and lists (headingLink: the self-link after a heading; sitegen fills in {heading};
# footnotes: the hidden heading of the notes; footnoteBackLink: sitegen fills in {number})
pagesInSection: Pages in this section
seeAll: See all
toc: Contents
headingLink: "Link to the section “{heading}”"
footnotes: Footnotes
footnoteBackLink: "Back to reference {number}"
updated: Last updated
venue: Venue
staleNote: "This translation may be out of date: the original has changed since."
addToCalendar: Add to calendar (.ics)
subscribeCalendar: Subscribe to the calendar (.ics)

# Paged lists (pageOf: {number} and {count} are filled in by sitegen)
pagination: Pages of this list
pageOf: "Page {number} of {count}"
previousPage: Previous page
nextPage: Next page

# Missing translations: the stand-in page, and the badge of a page listed in another language
notTranslatedTitle: Not yet translated
notTranslated: This page has not been translated into English yet. Please see another language's version.
onlyIn_ja: Japanese only
onlyIn_en: English only
onlyIn_zh-Hans: Simplified Chinese only
onlyIn_zh-Hant: Traditional Chinese only
onlyIn_ko: Korean only

# Page not found (404), language chooser at the site's root
notFoundTitle: Page not found
notFoundText: The page you asked for does not exist or has moved.
notFoundHome: Go to the English home page
chooseLanguage: Choose a language

# Search ({count} and {query} are filled in by search.js)
searchTitle: Search
searchQuick: Search this site
searchLabel: Search terms
searchPlaceholder: Enter keywords
searchButton: Search
searchCount: "{count} pages found"
searchCountOne: "1 page found"
searchNone: "No page contains “{query}”"
searchLoading: Preparing the search…
searchError: The search data could not be loaded. Please reload the page.
searchAll: "All {count} results for “{query}”"
searchNeedsScript: Search on this site needs JavaScript. Without it, please find pages through the menu below.

# The preview's note on a page a build leaves out (sitegen serve; {date} is filled in)
previewDraft: "Draft: a build leaves this page out (draft: true)."
previewScheduled: "Scheduled: this page goes up on {date}; a build leaves it out until then."
previewExpired: "Expired: this page came down on {date}; a build leaves it out."

# Terms of taxonomies (taxonomies: in site.yaml): on a page, a taxonomy's list, a term's page
termsLabel: Topics and tags
related: Related pages
termCountUnit: " pages"
termPages: Pages with this term
termFeed: Updates on this topic (Atom feed)

"""#
        ),
        (
            "i18n/ja.yaml",
            #"""
# Interface strings of sitegen's default theme in Japanese ({{t.key}} in templates).
# Keep the same keys, in the same order, in every language. Nothing here is about one site:
# the organisation's name, address and telephone come from site.yaml (site.params).

# Page chrome: skip link, header, breadcrumbs, footer
skipToContent: 本文へ移動
languageSwitcher: 言語の切り替え
mainMenu: メインメニュー
# The name of the button that opens an entry's submenu: before and after its title
submenuBefore: ""
submenuAfter: "のサブメニュー"
footerMenu: サイト内のページ
breadcrumbs: 現在の位置
home: ホーム
colon: ：
telephone: 電話
email: メール
feed: 更新情報（Atomフィード）

# Pages and lists (headingLink: the self-link after a heading; sitegen fills in {heading};
# footnotes: the hidden heading of the notes; footnoteBackLink: sitegen fills in {number})
pagesInSection: このセクションのページ
seeAll: すべて見る
toc: 目次
headingLink: 見出し「{heading}」へのリンク
footnotes: 脚注
footnoteBackLink: 参照 {number} に戻る
updated: 更新日
venue: 会場
staleNote: この翻訳は、原文の更新に追いついていない可能性があります。
addToCalendar: カレンダーに追加（.ics）
subscribeCalendar: カレンダーを購読（.ics）

# Paged lists (pageOf: {number} and {count} are filled in by sitegen)
pagination: 一覧のページ
pageOf: "{count}ページ中{number}ページ目"
previousPage: 前のページ
nextPage: 次のページ

# Missing translations: the stand-in page, and the badge of a page listed in another language
notTranslatedTitle: 未翻訳のページ
notTranslated: このページはまだ日本語に翻訳されていません。ほかの言語の版をご覧ください。
onlyIn_ja: 日本語のみ
onlyIn_en: 英語のみ
onlyIn_zh-Hans: 中国語（簡体字）のみ
onlyIn_zh-Hant: 中国語（繁体字）のみ
onlyIn_ko: 韓国語のみ

# Page not found (404), language chooser at the site's root
notFoundTitle: ページが見つかりません
notFoundText: お探しのページは存在しないか、移動した可能性があります。
notFoundHome: 日本語のトップページへ
chooseLanguage: 言語を選んでください

# Search ({count} and {query} are filled in by search.js)
searchTitle: サイト内検索
searchQuick: サイト内検索
searchLabel: 検索するキーワード
searchPlaceholder: キーワードを入力
searchButton: 検索
searchCount: "{count}件のページが見つかりました"
searchCountOne: "1件のページが見つかりました"
searchNone: "「{query}」を含むページは見つかりませんでした"
searchLoading: 検索の準備をしています…
searchError: 検索用のデータを読み込めませんでした。ページを再読み込みしてください。
searchAll: "「{query}」の検索結果をすべて見る（{count}件）"
searchNeedsScript: サイト内検索にはJavaScriptが必要です。次のメニューからページをお探しください。

# The preview's note on a page a build leaves out (sitegen serve; {date} is filled in)
previewDraft: "下書き: ビルドではこのページを公開しません（draft: true）。"
previewScheduled: "予約: このページは{date}に公開されます。それまでビルドでは公開しません。"
previewExpired: "公開終了: このページは{date}に公開を終えました。ビルドでは公開しません。"

# Terms of taxonomies (taxonomies: in site.yaml): on a page, a taxonomy's list, a term's page
termsLabel: 分類
related: 関連ページ
termCountUnit: 件
termPages: この分類のページ
termFeed: この分類の更新情報（Atomフィード）

"""#
        ),
        (
            "i18n/ko.yaml",
            #"""
# Interface strings of sitegen's default theme in Korean ({{t.key}} in templates).
# Keep the same keys, in the same order, in every language. Nothing here is about one site:
# the organisation's name, address and telephone come from site.yaml (site.params).

# Page chrome: skip link, header, breadcrumbs, footer
skipToContent: 본문 바로가기
languageSwitcher: 언어 선택
mainMenu: 주 메뉴
# The name of the button that opens an entry's submenu: before and after its title
submenuBefore: ""
submenuAfter: " 하위 메뉴"
footerMenu: 사이트 페이지
breadcrumbs: 현재 위치
home: 홈
colon: ": "
telephone: 전화
email: 이메일
feed: 새 소식 구독(Atom)

# Pages and lists (headingLink: the self-link after a heading; sitegen fills in {heading};
# footnotes: the hidden heading of the notes; footnoteBackLink: sitegen fills in {number})
pagesInSection: 이 섹션의 페이지
seeAll: 모두 보기
toc: 목차
headingLink: "‘{heading}’ 섹션 링크"
footnotes: 각주
footnoteBackLink: "참조 {number}(으)로 돌아가기"
updated: 최종 수정일
venue: 장소
staleNote: 원문이 수정되어 이 번역은 최신 내용이 아닐 수 있습니다.
addToCalendar: 캘린더에 추가(.ics)
subscribeCalendar: 캘린더 구독(.ics)

# Paged lists (pageOf: {number} and {count} are filled in by sitegen)
pagination: 목록 페이지
pageOf: "전체 {count}페이지 중 {number}페이지"
previousPage: 이전 페이지
nextPage: 다음 페이지

# Missing translations: the stand-in page, and the badge of a page listed in another language
notTranslatedTitle: 번역되지 않은 페이지
notTranslated: 이 페이지는 아직 한국어로 번역되지 않았습니다. 다른 언어 버전을 확인해 주세요.
onlyIn_ja: 일본어로만 제공
onlyIn_en: 영어로만 제공
onlyIn_zh-Hans: 중국어 간체로만 제공
onlyIn_zh-Hant: 중국어 번체로만 제공
onlyIn_ko: 한국어로만 제공

# Page not found (404), language chooser at the site's root
notFoundTitle: 페이지를 찾을 수 없습니다
notFoundText: 요청하신 페이지가 없거나 다른 곳으로 옮겨졌을 수 있습니다.
notFoundHome: 한국어 홈으로 이동
chooseLanguage: 언어를 선택해 주세요

# Search ({count} and {query} are filled in by search.js)
searchTitle: 사이트 검색
searchQuick: 사이트 검색
searchLabel: 검색어
searchPlaceholder: 검색어 입력
searchButton: 검색
searchCount: "{count}개의 페이지를 찾았습니다"
searchCountOne: "1개의 페이지를 찾았습니다"
searchNone: "“{query}”이(가) 포함된 페이지가 없습니다"
searchLoading: 검색을 준비하고 있습니다…
searchError: 검색 데이터를 불러오지 못했습니다. 페이지를 새로 고쳐 주세요.
searchAll: "“{query}” 검색 결과 {count}개 모두 보기"
searchNeedsScript: 사이트 검색에는 JavaScript가 필요합니다. 아래 메뉴에서 페이지를 찾아 주세요.

# The preview's note on a page a build leaves out (sitegen serve; {date} is filled in)
previewDraft: "초안: 빌드에서는 이 페이지를 게시하지 않습니다(draft: true)."
previewScheduled: "예약: 이 페이지는 {date}에 게시됩니다. 그때까지 빌드에서는 게시하지 않습니다."
previewExpired: "게시 종료: 이 페이지는 {date}에 게시가 끝났습니다. 빌드에서는 게시하지 않습니다."

# Terms of taxonomies (taxonomies: in site.yaml): on a page, a taxonomy's list, a term's page
termsLabel: 분류
related: 관련 페이지
termCountUnit: "개 페이지"
termPages: 이 분류의 페이지
termFeed: 이 분류의 새 소식(Atom 피드)

"""#
        ),
        (
            "i18n/zh-Hans.yaml",
            #"""
# Interface strings of sitegen's default theme in Simplified Chinese ({{t.key}} in templates).
# Keep the same keys, in the same order, in every language. Nothing here is about one site:
# the organisation's name, address and telephone come from site.yaml (site.params).

# Page chrome: skip link, header, breadcrumbs, footer
skipToContent: 跳到正文
languageSwitcher: 切换语言
mainMenu: 主菜单
# The name of the button that opens an entry's submenu: before and after its title
submenuBefore: ""
submenuAfter: "子菜单"
footerMenu: 网站页面
breadcrumbs: 当前位置
home: 首页
colon: ：
telephone: 电话
email: 电子邮件
feed: 更新订阅（Atom）

# Pages and lists (headingLink: the self-link after a heading; sitegen fills in {heading};
# footnotes: the hidden heading of the notes; footnoteBackLink: sitegen fills in {number})
pagesInSection: 本栏目的页面
seeAll: 查看全部
toc: 目录
headingLink: 指向“{heading}”一节的链接
footnotes: 脚注
footnoteBackLink: 返回引用 {number}
updated: 更新日期
venue: 地点
staleNote: 原文已有更新，此译文可能不是最新内容。
addToCalendar: 添加到日历（.ics）
subscribeCalendar: 订阅日历（.ics）

# Paged lists (pageOf: {number} and {count} are filled in by sitegen)
pagination: 列表分页
pageOf: "第{number}页，共{count}页"
previousPage: 上一页
nextPage: 下一页

# Missing translations: the stand-in page, and the badge of a page listed in another language
notTranslatedTitle: 尚未翻译的页面
notTranslated: 此页面尚未翻译成简体中文，请阅读其他语言的版本。
onlyIn_ja: 仅有日文版
onlyIn_en: 仅有英文版
onlyIn_zh-Hans: 仅有简体中文版
onlyIn_zh-Hant: 仅有繁体中文版
onlyIn_ko: 仅有韩文版

# Page not found (404), language chooser at the site's root
notFoundTitle: 找不到页面
notFoundText: 您要找的页面不存在或已移动。
notFoundHome: 前往简体中文首页
chooseLanguage: 请选择语言

# Search ({count} and {query} are filled in by search.js)
searchTitle: 站内搜索
searchQuick: 站内搜索
searchLabel: 搜索关键词
searchPlaceholder: 输入关键词
searchButton: 搜索
searchCount: "找到{count}个页面"
searchCountOne: "找到1个页面"
searchNone: "没有包含“{query}”的页面"
searchLoading: 正在准备搜索…
searchError: 无法加载搜索数据，请重新加载页面。
searchAll: "查看“{query}”的全部{count}条结果"
searchNeedsScript: 站内搜索需要JavaScript。请通过下面的菜单查找页面。

# The preview's note on a page a build leaves out (sitegen serve; {date} is filled in)
previewDraft: "草稿：构建时不发布此页面（draft: true）。"
previewScheduled: "预定：此页面将于{date}发布，在此之前构建时不发布。"
previewExpired: "已过期：此页面已于{date}下线，构建时不发布。"

# Terms of taxonomies (taxonomies: in site.yaml): on a page, a taxonomy's list, a term's page
termsLabel: 分类
related: 相关页面
termCountUnit: 个页面
termPages: 此分类的页面
termFeed: 此分类的更新（Atom 订阅）

"""#
        ),
        (
            "i18n/zh-Hant.yaml",
            #"""
# Interface strings of sitegen's default theme in Traditional Chinese ({{t.key}} in templates).
# Keep the same keys, in the same order, in every language. Nothing here is about one site:
# the organisation's name, address and telephone come from site.yaml (site.params).

# Page chrome: skip link, header, breadcrumbs, footer
skipToContent: 跳至主要內容
languageSwitcher: 切換語言
mainMenu: 主選單
# The name of the button that opens an entry's submenu: before and after its title
submenuBefore: ""
submenuAfter: "子選單"
footerMenu: 網站頁面
breadcrumbs: 目前位置
home: 首頁
colon: ：
telephone: 電話
email: 電子郵件
feed: 更新訂閱（Atom）

# Pages and lists (headingLink: the self-link after a heading; sitegen fills in {heading};
# footnotes: the hidden heading of the notes; footnoteBackLink: sitegen fills in {number})
pagesInSection: 本單元的頁面
seeAll: 查看全部
toc: 目錄
headingLink: 指向「{heading}」一節的連結
footnotes: 註腳
footnoteBackLink: 返回引用 {number}
updated: 更新日期
venue: 地點
staleNote: 原文已有更新，此譯文可能不是最新內容。
addToCalendar: 加入行事曆（.ics）
subscribeCalendar: 訂閱行事曆（.ics）

# Paged lists (pageOf: {number} and {count} are filled in by sitegen)
pagination: 列表分頁
pageOf: "第{number}頁，共{count}頁"
previousPage: 上一頁
nextPage: 下一頁

# Missing translations: the stand-in page, and the badge of a page listed in another language
notTranslatedTitle: 尚未翻譯的頁面
notTranslated: 本頁尚未翻譯成繁體中文，請閱讀其他語言的版本。
onlyIn_ja: 僅有日文版
onlyIn_en: 僅有英文版
onlyIn_zh-Hans: 僅有簡體中文版
onlyIn_zh-Hant: 僅有繁體中文版
onlyIn_ko: 僅有韓文版

# Page not found (404), language chooser at the site's root
notFoundTitle: 找不到網頁
notFoundText: 您要找的網頁不存在或已移動。
notFoundHome: 前往繁體中文首頁
chooseLanguage: 請選擇語言

# Search ({count} and {query} are filled in by search.js)
searchTitle: 站內搜尋
searchQuick: 站內搜尋
searchLabel: 搜尋關鍵字
searchPlaceholder: 輸入關鍵字
searchButton: 搜尋
searchCount: "找到{count}個頁面"
searchCountOne: "找到1個頁面"
searchNone: "沒有包含「{query}」的頁面"
searchLoading: 正在準備搜尋…
searchError: 無法載入搜尋資料，請重新載入頁面。
searchAll: "查看「{query}」的全部{count}筆結果"
searchNeedsScript: 站內搜尋需要 JavaScript。請透過下方選單尋找頁面。

# The preview's note on a page a build leaves out (sitegen serve; {date} is filled in)
previewDraft: "草稿：建置時不發布此頁面（draft: true）。"
previewScheduled: "預定：此頁面將於{date}發布，在此之前建置時不發布。"
previewExpired: "已過期：此頁面已於{date}下線，建置時不發布。"

# Terms of taxonomies (taxonomies: in site.yaml): on a page, a taxonomy's list, a term's page
termsLabel: 分類
related: 相關頁面
termCountUnit: 個頁面
termPages: 此分類的頁面
termFeed: 此分類的更新（Atom 訂閱）

"""#
        ),
        (
            "list.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap">
<header class="page-header">
<h1>{{page.title}}</h1>
{{#pager}}{{^isFirst}}<p class="page-number">{{label}}</p>
{{/isFirst}}{{/pager}}{{#page.summary}}<p class="lead">{{page.summary}}</p>{{/page.summary}}
</header>
{{#page.hasContent}}
<div class="prose">
{{{page.content}}}
</div>
{{/page.hasContent}}
{{#calendar}}<p class="ics"><a href="{{calendar}}" type="text/calendar">{{t.subscribeCalendar}}</a></p>{{/calendar}}
{{#groups}}
<section class="list-group" aria-labelledby="group-{{key}}-{{value}}">
<h2 id="group-{{key}}-{{value}}">{{title}}</h2>
<ul class="cards">
{{#pages}}{{> partials/item}}{{/pages}}
</ul>
</section>
{{/groups}}
{{^groups}}{{#hasPages}}
<section class="list-group" aria-labelledby="section-pages-title">
<h2 id="section-pages-title"{{^page.hasContent}} class="visually-hidden"{{/page.hasContent}}>{{t.pagesInSection}}</h2>
<ul class="cards">
{{#pages}}{{> partials/item}}{{/pages}}
</ul>
</section>
{{/hasPages}}{{/groups}}
{{> partials/pager}}
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "page.mustache",
            #"""
{{<base}}
{{$main}}
<article class="wrap article">
<header class="page-header">
<h1>{{page.title}}</h1>
{{#page.date}}<p class="page-date">{{> partials/date}}{{#page.params.endDate}} – {{> partials/date}}{{/page.params.endDate}}{{#page.params.time}} <span class="page-time">{{.}}</span>{{/page.params.time}}</p>{{/page.date}}
{{#page.params.venue}}<p class="page-venue">{{t.venue}}{{t.colon}}{{.}}</p>{{/page.params.venue}}
{{#page.stale}}<p class="notice" role="note">{{t.staleNote}}</p>{{/page.stale}}
{{#page.summary}}<p class="lead">{{page.summary}}</p>{{/page.summary}}
</header>
{{#ics}}<p class="ics"><a href="{{ics}}" type="text/calendar" download>{{t.addToCalendar}}</a></p>{{/ics}}
{{> partials/toc}}
<div class="prose">
{{{page.content}}}
</div>
{{> partials/terms}}
{{#page.updated}}<p class="updated">{{t.updated}}{{t.colon}}{{> partials/date}}</p>{{/page.updated}}
</article>
{{/main}}
{{/base}}

"""#
        ),
        (
            "partials/breadcrumbs.mustache",
            #"""
<nav class="breadcrumbs" aria-label="{{t.breadcrumbs}}">
<ol class="wrap">
{{#breadcrumbs}}{{#current}}<li><span aria-current="page">{{title}}</span></li>{{/current}}{{^current}}<li><a href="{{url}}">{{title}}</a></li>{{/current}}
{{/breadcrumbs}}
</ol>
</nav>

"""#
        ),
        (
            "partials/date.mustache",
            #"""
<time datetime="{{iso}}">{{text}}</time>{{#era}}<span class="era">（{{era}}）</span>{{/era}}
"""#
        ),
        (
            "partials/footer.mustache",
            #"""
<footer class="site-footer">
<div class="wrap footer-inner">
<div class="footer-about">
<p class="footer-title"><a href="{{home}}">{{siteTitle}}</a></p>
{{#site.params}}<address class="footer-contact">
{{#site.params.organization}}<span class="footer-organization">{{site.params.organization}}</span>{{/site.params.organization}}
{{#site.params.address}}<span>{{site.params.address}}</span>{{/site.params.address}}
{{#site.params.telephone}}<span>{{t.telephone}}{{t.colon}}<a href="tel:{{site.params.telephone}}">{{site.params.telephone}}</a></span>{{/site.params.telephone}}
{{#site.params.email}}<span>{{t.email}}{{t.colon}}<a href="mailto:{{site.params.email}}">{{site.params.email}}</a></span>{{/site.params.email}}
</address>{{/site.params}}
</div>
<nav class="footer-nav" aria-label="{{t.footerMenu}}">
<ul>
{{#menu}}{{#url}}<li><a href="{{url}}">{{title}}</a></li>
{{/url}}{{#children}}<li><a href="{{url}}">{{title}}</a></li>
{{/children}}{{/menu}}{{#feed}}<li><a href="{{url}}" type="application/atom+xml">{{t.feed}}</a></li>
{{/feed}}
</ul>
</nav>
</div>
</footer>

"""#
        ),
        (
            "partials/header.mustache",
            #"""
<header class="site-header">
<div class="wrap header-inner">
<a class="site-title" href="{{home}}"{{#isHome}} aria-current="page"{{/isHome}}>{{siteTitle}}</a>
<nav class="lang-switch" aria-label="{{t.languageSwitcher}}">
<ul>
{{#languages}}{{#current}}<li><span aria-current="true" lang="{{code}}">{{name}}</span></li>{{/current}}{{^current}}<li><a href="{{url}}" lang="{{code}}" hreflang="{{code}}">{{name}}</a></li>{{/current}}
{{/languages}}
</ul>
</nav>
<nav class="site-nav" aria-label="{{t.mainMenu}}">
<ul>
{{#menu}}<li{{#hasChildren}} class="has-submenu"{{/hasChildren}}>{{> partials/menu-link}}{{#hasChildren}}
<button type="button" class="submenu-toggle" aria-expanded="false" aria-controls="{{id}}" hidden data-submenu-toggle>{{#url}}<span class="visually-hidden">{{t.submenuBefore}}{{title}}{{t.submenuAfter}}</span>{{/url}}{{^url}}{{title}}{{/url}}<svg class="submenu-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>
<ul class="submenu" id="{{id}}">
{{#children}}<li>{{> partials/menu-link}}</li>
{{/children}}
</ul>{{/hasChildren}}</li>
{{/menu}}
</ul>
</nav>
{{^isSearch}}{{> partials/search-box}}{{/isSearch}}
</div>
</header>
{{#submenus}}<script src="{{assets.menu_js}}"></script>
{{/submenus}}
"""#
        ),
        (
            "partials/heading.mustache",
            ##"""
{{! Around each heading of the text that has an id, h2 to h4 or any with a custom id: level, id, text, label from t.headingLink, and content, the heading's own HTML. }}
<div class="heading"><h{{level}} id="{{id}}">{{{content}}}</h{{level}}><a class="anchor" href="#{{id}}" aria-label="{{label}}">#</a></div>

"""##
        ),
        (
            "partials/item.mustache",
            #"""
<li class="card">
<h3 class="card-title"><a href="{{url}}"{{#onlyIn}} lang="{{onlyIn}}" hreflang="{{onlyIn}}"{{/onlyIn}}>{{title}}</a>{{#onlyIn}} <span class="badge">{{onlyInLabel}}</span>{{/onlyIn}}</h3>
{{#date}}<p class="meta">{{> partials/date}}</p>{{/date}}
{{#summary}}<p class="card-summary"{{#onlyIn}} lang="{{onlyIn}}"{{/onlyIn}}>{{summary}}</p>{{/summary}}
</li>

"""#
        ),
        (
            "partials/menu-link.mustache",
            #"""
{{#url}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}{{^current}}{{#active}} aria-current="true"{{/active}}{{/current}}>{{title}}</a>{{/url}}{{^url}}<span class="menu-label" data-submenu-label>{{title}}</span>{{/url}}
"""#
        ),
        (
            "partials/pager.mustache",
            #"""
{{#pager}}
<nav class="pager" aria-label="{{t.pagination}}">
<ul>
{{#previous}}<li><a class="pager-step" href="{{.}}" rel="prev">{{t.previousPage}}</a></li>
{{/previous}}
{{#pages}}{{#gapBefore}}<li class="pager-gap" aria-hidden="true">…</li>
{{/gapBefore}}<li>{{#current}}<span class="pager-number" aria-current="page"><span class="visually-hidden">{{label}}</span><span aria-hidden="true">{{number}}</span></span>{{/current}}{{^current}}<a class="pager-number" href="{{url}}"><span class="visually-hidden">{{label}}</span><span aria-hidden="true">{{number}}</span></a>{{/current}}</li>
{{/pages}}
{{#next}}<li><a class="pager-step" href="{{.}}" rel="next">{{t.nextPage}}</a></li>
{{/next}}
</ul>
</nav>
{{/pager}}

"""#
        ),
        (
            "partials/search-box.mustache",
            #"""
<form class="search-box" role="search" aria-label="{{t.searchQuick}}" action="{{home}}search/index.html" method="get" data-search="suggest" data-results="search-box-results" {{> partials/search-data}}>
<label class="visually-hidden" for="search-box-q">{{t.searchLabel}}</label>
<input id="search-box-q" type="search" name="q" placeholder="{{t.searchPlaceholder}}" autocomplete="off" enterkeyhint="search" aria-controls="search-box-results">
<button type="submit">{{t.searchButton}}</button>
<p class="visually-hidden" role="status" aria-live="polite" data-search-status></p>
<ul id="search-box-results" class="search-suggest" hidden></ul>
</form>

"""#
        ),
        (
            "partials/search-data.mustache",
            #"""
data-lang="{{lang}}" data-home="{{home}}" data-index="{{home}}search-index.js" data-text="{{home}}search-text.js" data-msg-count="{{t.searchCount}}" data-msg-one="{{t.searchCountOne}}" data-msg-none="{{t.searchNone}}" data-msg-loading="{{t.searchLoading}}" data-msg-error="{{t.searchError}}" data-msg-all="{{t.searchAll}}"
"""#
        ),
        (
            "partials/seo.mustache",
            #"""
{{#page.summary}}<meta name="description" content="{{page.summary}}">
{{/page.summary}}
{{#noindex}}<meta name="robots" content="noindex">
{{/noindex}}
{{^noindex}}<link rel="canonical" href="{{canonical}}">
{{/noindex}}
{{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
{{/alternates}}
{{#feed}}<link rel="alternate" type="application/atom+xml" title="{{title}}" href="{{url}}">
{{/feed}}
{{#sectionFeed}}<link rel="alternate" type="application/atom+xml" title="{{title}}" href="{{url}}">
{{/sectionFeed}}
{{#og}}<meta property="og:title" content="{{title}}">
{{#description}}<meta property="og:description" content="{{description}}">
{{/description}}
<meta property="og:url" content="{{url}}">
<meta property="og:type" content="{{type}}">
<meta property="og:locale" content="{{locale}}">
{{#localeAlternates}}<meta property="og:locale:alternate" content="{{.}}">
{{/localeAlternates}}
<meta property="og:site_name" content="{{siteName}}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{{title}}">
{{#description}}<meta name="twitter:description" content="{{description}}">
{{/description}}
{{/og}}
{{#jsonLD}}<script type="application/ld+json">{{{jsonLD}}}</script>
{{/jsonLD}}
<script>
{{#storeLanguage}}try { localStorage.setItem("sitegen.language", "{{lang}}"); } catch (e) {}
{{/storeLanguage}}
if (location.protocol === "file:") document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[href]");
  if (!link || link.protocol !== "file:" || !/\/$/.test(link.pathname)) return;
  var target = new URL(link.href);
  target.pathname += "index.html";
  event.preventDefault();
  location.href = target.href;
});
</script>

"""#
        ),
        (
            "partials/stand-in.mustache",
            #"""
{{! page.content of a stand-in for a missing translation, for a theme whose page template shows it: message, originals. }}
<p>{{message}}</p>
<ul>
{{#originals}}<li><a href="{{url}}" lang="{{code}}" hreflang="{{code}}">{{title}}</a> ({{name}})</li>
{{/originals}}
</ul>

"""#
        ),
        (
            "partials/terms.mustache",
            #"""
{{#page.hasTerms}}
<nav class="terms" aria-label="{{t.termsLabel}}">
{{#page.terms}}<div class="terms-group"><span class="terms-name"><a href="{{url}}">{{label}}</a>{{t.colon}}</span><ul class="term-list">
{{#terms}}<li><a class="term" href="{{url}}" rel="tag">{{label}}</a></li>
{{/terms}}</ul></div>
{{/page.terms}}</nav>
{{/page.hasTerms}}
{{#page.hasRelated}}
<section class="related" aria-labelledby="related-title">
<h2 id="related-title">{{t.related}}</h2>
<ul class="related-list">
{{#page.related}}<li><a href="{{url}}">{{title}}</a></li>
{{/page.related}}</ul>
</section>
{{/page.hasRelated}}

"""#
        ),
        (
            "partials/toc.mustache",
            ##"""
{{#page.hasToc}}<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title" class="toc-title">{{t.toc}}</h2>
<ol>
{{#page.toc}}<li class="toc-{{level}}"><a href="#{{id}}">{{text}}</a></li>
{{/page.toc}}
</ol>
</nav>{{/page.hasToc}}

"""##
        ),
        (
            "root.mustache",
            #"""
<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{#languages}}{{title}}{{^last()}} / {{/last()}}{{/languages}}</title>
{{> partials/seo}}
<script>
// The language the reader chose before, else the first of the browser's languages the site
// has, else the default language.
(function () {
  var codes = [{{#languages}}"{{code}}"{{^last()}}, {{/last()}}{{/languages}}];
  var lower = codes.map(function (code) { return code.toLowerCase(); });
  // Chinese as used in Taiwan, Hong Kong and Macao is written in Traditional characters.
  var script = { tw: "hant", hk: "hant", mo: "hant", cn: "hans", sg: "hans" };
  var chosen = null;
  try { chosen = localStorage.getItem("sitegen.language"); } catch (e) {}
  if (codes.indexOf(chosen) < 0) {
    chosen = null;
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length && !chosen; i++) {
      var parts = String(wanted[i]).toLowerCase().split("-");
      if (parts[0] === "zh" && script[parts[1]]) parts.splice(1, 0, script[parts[1]]);
      for (var n = parts.length; n > 0 && !chosen; n--) {
        var at = lower.indexOf(parts.slice(0, n).join("-"));
        if (at >= 0) chosen = codes[at];
      }
    }
  }
  location.replace((chosen || "{{defaultLanguage}}") + "/" + (location.protocol === "file:" ? "index.html" : ""));
})();
</script>
<link rel="stylesheet" href="{{assets.style_css}}">
</head>
<body>
<main id="main" class="wrap language-choice">
<h1>{{#languages}}<span lang="{{code}}">{{title}}</span>{{^last()}}<br>{{/last()}}{{/languages}}</h1>
<ul>
{{#languages}}<li lang="{{code}}"><a href="{{url}}" hreflang="{{code}}" data-language="{{code}}">{{name}}</a>{{#choose}}<span class="meta">{{choose}}</span>{{/choose}}</li>
{{/languages}}
</ul>
</main>
<script>
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-language]");
  if (link) { try { localStorage.setItem("sitegen.language", link.getAttribute("data-language")); } catch (e) {} }
});
</script>
</body>
</html>

"""#
        ),
        (
            "search.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap search-page">
<header class="page-header">
<h1>{{page.title}}</h1>
</header>
<form class="search-box search-page-form" role="search" aria-label="{{page.title}}" action="index.html" method="get" data-search="page" data-results="search-page-results" {{> partials/search-data}}>
<label for="search-page-q">{{t.searchLabel}}</label>
<input id="search-page-q" type="search" name="q" autocomplete="off" enterkeyhint="search" aria-controls="search-page-results">
<button type="submit">{{t.searchButton}}</button>
<p class="search-status" role="status" aria-live="polite" data-search-status></p>
</form>
<noscript>
<div class="prose">
<p>{{t.searchNeedsScript}}</p>
<ul>
{{#menu}}{{#url}}<li><a href="{{url}}">{{title}}</a></li>
{{/url}}{{#children}}<li><a href="{{url}}">{{title}}</a></li>
{{/children}}{{/menu}}</ul>
</div>
</noscript>
<ul id="search-page-results" class="cards search-results"></ul>
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "taxonomy.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap">
<header class="page-header">
<h1>{{page.title}}</h1>
</header>
{{#hasPages}}
<ul class="term-cloud">
{{#terms}}<li><a class="term" href="{{url}}">{{label}} <span class="term-count">{{count}}<span class="visually-hidden">{{t.termCountUnit}}</span></span></a></li>
{{/terms}}
</ul>
{{/hasPages}}
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "term.mustache",
            #"""
{{<base}}
{{$main}}
<div class="wrap">
<header class="page-header">
{{#term}}<p class="eyebrow"><a href="{{taxonomyURL}}">{{taxonomyLabel}}</a></p>{{/term}}
<h1>{{page.title}}</h1>
{{#pager}}{{^isFirst}}<p class="page-number">{{label}}</p>
{{/isFirst}}{{/pager}}</header>
{{#hasPages}}
<section class="list-group" aria-labelledby="term-pages-title">
<h2 id="term-pages-title" class="visually-hidden">{{t.termPages}}</h2>
<ul class="cards">
{{#pages}}{{> partials/item}}{{/pages}}
</ul>
</section>
{{/hasPages}}
{{#sectionFeed}}<p class="feed-link"><a href="{{url}}" type="application/atom+xml">{{t.termFeed}}</a></p>{{/sectionFeed}}
{{> partials/pager}}
</div>
{{/main}}
{{/base}}

"""#
        ),
        (
            "untranslated.mustache",
            #"""
{{<base}}
{{$main}}
<article class="wrap article">
<header class="page-header">
<h1>{{page.title}}</h1>
</header>
<div class="notice" role="note">
<p>{{t.notTranslated}}</p>
<ul>
{{#originals}}<li><a href="{{url}}" lang="{{code}}" hreflang="{{code}}">{{title}}</a> <span class="meta" lang="{{code}}">{{name}}</span></li>
{{/originals}}
</ul>
</div>
</article>
{{/main}}
{{/base}}

"""#
        ),
    ]
}
