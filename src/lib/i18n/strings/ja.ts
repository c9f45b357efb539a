import type { UiStrings } from "./en.ts";

export default {
  "site.tagline": "会員登録・ログイン・アカウントの復旧についてのヘルプ",
  "nav.skip": "本文へ移動",
  "nav.home": "ヘルプセンターのトップ",
  "nav.breadcrumbs": "現在の位置",
  "nav.language": "言語",
  "nav.languageCurrent": "{language}（表示中）",
  "search.label": "ヘルプセンターを検索",
  "search.placeholder": "例：パスワード 再設定",
  "search.button": "検索",
  "home.title": "どのようなことでお困りですか？",
  "home.intro": "アカウントに関する答えを探すか、質問に答えて解決方法を見つけてください。",
  "home.categories": "トピックから探す",
  "home.troubleshooters": "順番に確認して解決する",
  "home.audiences": "対象別のヘルプ",
  "category.articles": "このトピックの記事",
  "category.empty": "このトピックにはまだ記事がありません。",
  "audience.articles": "あなた向けの記事",
  "article.published": "公開日",
  "article.updated": "最終更新日",
  "article.related": "関連する記事",
  "article.kind.faq": "よくある質問",
  "article.kind.guide": "手順ガイド",
  "article.onThisPage": "このページの内容",
  "footer.contact": "解決しない場合はお問い合わせください",
  "contact.phone": "電話",
  "contact.hours": "受付時間",
  "contact.hoursWeekdays": "平日 {open}〜{close}（日本時間）",
  "contact.closedWeekends": "土曜・日曜・祝日はお休みです",
  "contact.page": "メッセージで問い合わせる",
  "notFound.title": "ページが見つかりません",
  "notFound.body": "リンクが古いか、URLが間違っている可能性があります。検索するか、ヘルプセンターのトップからお探しください。",
  "notFound.home": "ヘルプセンターのトップへ",
  "fallback.notice": "このページの{language}版はまだありません。代わりに{shown}で表示しています。",
  "fallback.home": "{language}のトップページへ",
  "password.rulesHeading": "パスワードのルール",
  "password.rule.minLength": "{count}文字以上",
  "password.rule.noSpaces": "スペース（空白）を含まない",
  "password.rule.noCapitals": "大文字（A〜Z）を含まない",
  "password.rule.minKinds": "英大文字（ABC…）・英小文字（abc…）・数字（123…）・記号の{total}種類のうち{count}種類以上を組み合わせる",
  "password.rule.allowedSymbols": "使える記号：{symbols}",
  "root.title": "言語を選んでください",
  // --- troubleshooters ---
  // --- search ---
  // --- reading aids ---
  // --- editors and agents ---
  // --- quality ---
  // --- content ---
} satisfies UiStrings;
