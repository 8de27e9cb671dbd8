// The one script of every page (layouts/Base.astro): the small behaviours any page may have, in
// one file, so that each costs only its own bytes and not another file's request and gzip overhead
// (our JS on a content page stays within 2 kB gzip). Bigger page scripts load only where needed.
import './past-items.ts';
import '../favourites/favourite-toggle.ts';
