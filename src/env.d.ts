/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the article page: the language of the content shown (MDX components render in it). */
    contentLocale?: import("./lib/i18n/locales.ts").Locale;
    /** Set by the article page: the source file, so component errors can name it. */
    contentFile?: string;
  }
}
