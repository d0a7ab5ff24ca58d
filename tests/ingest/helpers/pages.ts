// Article pages as newsroom sites serve them: the story wrapped in navigation, cookie banners,
// share bars, related-article lists, newsletter boxes and comment sections. Three layouts, after
// the shapes of common publishing systems: a blog CMS (Open Graph meta, no JSON-LD), a news CMS
// (JSON-LD NewsArticle), and a wire service page (neither: only <title> and visible text).

export interface PageStory {
  title: string;
  outlet: string;
  byline: string;
  /** ISO instant with the outlet's offset, as CMSs write it (2024-03-03T06:15:00+01:00). */
  published: string;
  /** The canonical address of the story. */
  url: string;
  paragraphs: string[];
}

const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const paras = (paragraphs: string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n");

/** Lines of chrome every layout carries; none of them may survive extraction. */
export const CHROME_TEXT = [
  "We use cookies to improve your experience",
  "Accept all cookies",
  "Share on Facebook",
  "Share on X",
  "Subscribe to our morning newsletter",
  "Leave a Reply",
  "Your email address will not be published",
  "I have been reading this paper for thirty years and never",
  "Most read",
  "Harbour festival draws record crowds despite the rain",
  "Council approves new cycle lanes for the old town",
  "All rights reserved",
  "Privacy policy",
];

const cookieBanner = `
<div id="cookie-notice" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to improve your experience on our site, to show you personalised advertising and
  to analyse our traffic. By clicking "Accept all cookies" you agree to the storing of cookies on your
  device. You can change your choices at any time in the privacy settings at the foot of every page.</p>
  <button>Accept all cookies</button> <button>Manage settings</button>
</div>`;

const navigation = (outlet: string) => `
<header class="site-header">
  <a class="logo" href="/">${esc(outlet)}</a>
  <nav class="main-navigation"><ul>
    <li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Search"></form>
</header>`;

const shareBar = `
<div class="share-bar">
  <span>Share this:</span>
  <a href="#" class="share-facebook">Share on Facebook</a>
  <a href="#" class="share-x">Share on X</a>
  <a href="#" class="share-email">Email</a>
</div>`;

const relatedList = `
<aside class="related-posts">
  <h3>Most read</h3>
  <ul>
    <li><a href="/2024/03/harbour-festival">Harbour festival draws record crowds despite the rain</a></li>
    <li><a href="/2024/03/cycle-lanes">Council approves new cycle lanes for the old town</a></li>
    <li><a href="/2024/03/school-reopens">Village school reopens after two years of repairs</a></li>
  </ul>
</aside>`;

const newsletterBox = `
<div class="newsletter-signup">
  <h4>Subscribe to our morning newsletter</h4>
  <p>The day's top stories in your inbox before breakfast, every weekday.</p>
  <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
</div>`;

const comments = `
<section id="comments" class="comments-area">
  <h2 class="comments-title">3 thoughts on this story</h2>
  <ol class="comment-list">
    <li class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">Margaret H.</b> <time>2 hours ago</time></footer>
      <div class="comment-content"><p>I have been reading this paper for thirty years and never seen the
      council move this slowly on anything. Somebody should be asking why the warnings were ignored for so
      long, and who signed off on the budget cuts that left the valley without a proper plan.</p></div>
    </article></li>
    <li class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">dave_77</b> <time>1 hour ago</time></footer>
      <div class="comment-content"><p>Thoughts with everyone affected. My cousin lives two streets away
      and says the roads are still closed this morning, with no word on when they will reopen.</p></div>
    </article></li>
  </ol>
  <div id="respond" class="comment-respond">
    <h3 class="comment-reply-title">Leave a Reply</h3>
    <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
    <form><textarea name="comment"></textarea><input name="author"><button>Post Comment</button></form>
  </div>
</section>`;

const footer = (outlet: string) => `
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>© 2024 ${esc(outlet)}. All rights reserved.</p>
</footer>`;

/** A blog-style CMS page: Open Graph and article:published_time meta, a canonical link, no JSON-LD. */
export function blogPage(s: PageStory): string {
  const half = Math.ceil(s.paragraphs.length / 2);
  return `<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>${esc(s.title)} – ${esc(s.outlet)}</title>
<link rel="canonical" href="${esc(s.url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(s.title)}">
<meta property="og:site_name" content="${esc(s.outlet)}">
<meta property="og:url" content="${esc(s.url)}">
<meta property="article:published_time" content="${s.published}">
<meta name="description" content="${esc(s.paragraphs[0] ?? "")}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "news"});</script>
<style>.cookie-banner{position:fixed;bottom:0}</style>
</head><body class="single single-post">
${cookieBanner}
${navigation(s.outlet)}
<div id="content" class="site-content"><main id="main">
<article class="post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">${esc(s.title)}</h1>
    <div class="entry-meta">By <a rel="author" href="/author/x">${esc(s.byline)}</a> ·
      <time class="entry-date published" datetime="${s.published}">${s.published.slice(0, 10)}</time></div>
  </header>
  ${shareBar}
  <div class="entry-content">
${paras(s.paragraphs.slice(0, half))}
${newsletterBox}
${paras(s.paragraphs.slice(half))}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/news">news</a>, <a href="/tag/local">local</a></span></footer>
</article>
${shareBar}
${comments}
</main>
<div id="secondary" class="widget-area">${relatedList}</div>
</div>
${footer(s.outlet)}
</body></html>`;
}

/** A news CMS page: JSON-LD NewsArticle carries headline, dates, author and publisher; no og:site_name. */
export function newsPage(s: PageStory): string {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: s.title,
    datePublished: s.published,
    dateModified: s.published,
    author: [{ "@type": "Person", name: s.byline }],
    publisher: {
      "@type": "Organization",
      name: s.outlet,
      logo: { "@type": "ImageObject", url: "/logo.png" },
    },
    mainEntityOfPage: { "@type": "WebPage", "@id": s.url },
  };
  const third = Math.max(1, Math.floor(s.paragraphs.length / 3));
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${esc(s.title)}</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<script src="/static/app.js" async></script>
</head><body>
${navigation(s.outlet)}
<main class="layout">
  <div class="article-main">
    <nav class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a></nav>
    <h1 class="headline">${esc(s.title)}</h1>
    <div class="byline-block"><span class="byline">By ${esc(s.byline)}</span>
      <span class="timestamp">${s.published.slice(0, 10)}</span></div>
    ${shareBar}
    <figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>Rescue teams at the scene. Photo: Staff photographer</figcaption></figure>
    <div class="article-body" itemprop="articleBody">
${paras(s.paragraphs.slice(0, third))}
      <div class="inline-related"><strong>Read more:</strong> <a href="/2024/03/earlier">Earlier warnings went unheeded, residents say</a></div>
${paras(s.paragraphs.slice(third))}
    </div>
    ${newsletterBox}
    ${comments}
  </div>
  <aside class="rail">${relatedList}<div class="ad-slot">Advertisement</div></aside>
</main>
${cookieBanner}
${footer(s.outlet)}
</body></html>`;
}

/** A wire-service page: no JSON-LD, no Open Graph; the outlet is only in <title>. */
export function wirePage(s: PageStory): string {
  return `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>${esc(s.title)} | ${esc(s.outlet)}</title>
<meta name="viewport" content="width=device-width">
</head><body>
${cookieBanner}
<div class="top-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a> <a href="/legal">Legal</a></div>
<div id="main-content">
  <div class="story-header"><h1>${esc(s.title)}</h1>
    <div class="story-byline">By ${esc(s.byline)} · 3 min read</div></div>
  <div class="story-body">
${paras(s.paragraphs)}
  </div>
  <div class="trust"><a href="/standards">Our Standards: The Trust Principles.</a></div>
  ${shareBar}
  ${relatedList}
</div>
${footer(s.outlet)}
</body></html>`;
}
