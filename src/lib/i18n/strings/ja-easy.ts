import type { UiStrings } from "./en.ts";

export default {
  "site.tagline": "登録・ログイン・アカウントについてのヘルプです",
  "nav.skip": "本文へ行く",
  "nav.home": "ヘルプのトップ",
  "nav.breadcrumbs": "今いる場所",
  "nav.language": "言葉",
  "nav.languageCurrent": "{language}（今のページ）",
  "search.label": "ヘルプを探す",
  "search.placeholder": "例：パスワード",
  "search.button": "探す",
  "home.title": "何に困っていますか？",
  "home.intro": "答えを探してください。質問に答えると、直し方がわかります。",
  "home.categories": "内容から探す",
  "home.troubleshooters": "順番にチェックして直す",
  "home.audiences": "あなたのためのヘルプ",
  "category.articles": "この内容のページ",
  "category.empty": "ページはまだありません。",
  "audience.articles": "あなたのためのページ",
  "article.published": "はじめに出した日",
  "article.updated": "新しくした日",
  "article.related": "ほかのページ",
  "article.kind.faq": "質問",
  "article.kind.guide": "やり方",
  "article.onThisPage": "このページに書いてあること",
  "footer.contact": "わからないときは、連絡してください",
  "contact.phone": "電話",
  "contact.hours": "時間",
  "contact.hoursWeekdays": "月曜日から金曜日 {open}〜{close}（日本の時間）",
  "contact.closedWeekends": "土曜日・日曜日・祝日（休みの日）は休みです",
  "contact.page": "メッセージを送る",
  "notFound.title": "ページがありません",
  "notFound.body": "リンクが古いです。または、URLが違います。探すか、トップから見てください。",
  "notFound.home": "ヘルプのトップへ行く",
  "fallback.notice": "このページの{language}はまだありません。{shown}で見せています。",
  "fallback.home": "{language}のトップへ行く",
  "password.rulesHeading": "パスワードのルール",
  "password.rule.minLength": "{count}文字以上にします",
  "password.rule.noSpaces": "スペース（空白）を入れません",
  "password.rule.noCapitals": "大きいアルファベット（A〜Z）を入れません",
  "password.rule.minKinds": "次の{total}つから{count}つ以上を使います：大きいアルファベット（ABC…）、小さいアルファベット（abc…）、数字（123…）、記号",
  "password.rule.allowedSymbols": "使うことができる記号：{symbols}",
  "root.title": "言葉を選んでください",
  // --- troubleshooters ---
  // --- search ---
  // --- reading aids ---
  // --- editors and agents ---
  // --- quality ---
  // --- content ---
} satisfies UiStrings;
