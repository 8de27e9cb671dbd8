// The one script of every page (layouts/Base.astro): the small behaviours any page may have, in
// one file, so that each costs only its own bytes and not another file's request and gzip overhead
// (our JS on a content page stays within 2 kB gzip). Bigger page scripts load only where needed.
// Each module looks for its own markup and does nothing on a page without it. Measured on the
// sample build: as five files they came to 2,574 B gzip on a course page; as one (with the chunk
// group in astro.config.mjs) 2,029 B. The calendar address's copy button has its own script in
// CalendarAddress.astro, so only pages with a calendar block (home, topics, organisations) load it:
// that took the content pages under the 2,000 B they may have (tests/build/script-budget.test.ts).
import './past-items.ts';
import '../favourites/favourite-toggle.ts';
import '../components/site-menu-client.ts';
import '../regions/region-client.ts';
