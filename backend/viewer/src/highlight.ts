// highlight.js with the languages faster.codes users compare (bundled; nothing is fetched).
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import dart from "highlight.js/lib/languages/dart";
import elixir from "highlight.js/lib/languages/elixir";
import erlang from "highlight.js/lib/languages/erlang";
import fsharp from "highlight.js/lib/languages/fsharp";
import go from "highlight.js/lib/languages/go";
import haskell from "highlight.js/lib/languages/haskell";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import julia from "highlight.js/lib/languages/julia";
import kotlin from "highlight.js/lib/languages/kotlin";
import lua from "highlight.js/lib/languages/lua";
import ocaml from "highlight.js/lib/languages/ocaml";
import perl from "highlight.js/lib/languages/perl";
import php from "highlight.js/lib/languages/php";
import python from "highlight.js/lib/languages/python";
import r from "highlight.js/lib/languages/r";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import scala from "highlight.js/lib/languages/scala";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";

const languages = { bash, c, cpp, csharp, dart, elixir, erlang, fsharp, go, haskell, java, javascript, julia, kotlin, lua, ocaml, perl, php, python, r, ruby, rust, scala, swift, typescript };
for (const [name, def] of Object.entries(languages)) hljs.registerLanguage(name, def);

/** The app's language ids (and common aliases) -> highlight.js names. */
const ALIASES: Record<string, string> = {
  "c++": "cpp", cc: "cpp", cxx: "cpp", "c#": "csharp", cs: "csharp", py: "python", python3: "python",
  pypy: "python", rs: "rust", js: "javascript", node: "javascript", nodejs: "javascript", ts: "typescript",
  kt: "kotlin", rb: "ruby", sh: "bash", shell: "bash", hs: "haskell", pl: "perl", jl: "julia",
  ex: "elixir", erl: "erlang", ml: "ocaml", fs: "fsharp", golang: "go",
};

/**
 * A language id is data from the document: it is looked up as an own property only, so that ids
 * such as "constructor" or "__proto__" are unknown languages, not Object.prototype's members.
 */
export function languageOf(lang: string): string | null {
  const l = String(lang).toLowerCase();
  const name = Object.prototype.hasOwnProperty.call(ALIASES, l) ? ALIASES[l]! : l;
  return hljs.getLanguage(name) ? name : null;
}

/** HTML of the highlighted code: highlight.js escapes the source itself. */
export function highlight(code: string, lang: string): string {
  const language = languageOf(lang);
  if (language) return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  const div = document.createElement("div");
  div.textContent = code;
  return div.innerHTML;
}
