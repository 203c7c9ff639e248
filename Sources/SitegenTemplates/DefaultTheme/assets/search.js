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
