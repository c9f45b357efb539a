/**
 * Writes the phone-screen illustrations of the app password reset guide
 * (`public/illustrations/<locale>/app-reset-*.svg`), one set per language, from the labels below.
 * The pictures are drawn here rather than captured so they carry no real brand, stay legible in
 * every language, and can be regenerated when a label changes:
 *   npx node scripts/make-app-reset-illustrations.ts
 * Labels are the words the app shows; keep them in step with the guide's text in that language.
 * Easy Japanese pages use the Japanese set.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface ScreenLabels {
  tap: string;
  login: { header: string; email: string; password: string; logIn: string; forgot: string; here: string; title: string };
  form: { header: string; email: string; confirm: string; send: string; title: string };
  sent: { message: string; ok: string; title: string };
  mail: { header: string; from: string; subject: string; body: string[]; title: string };
  reset: { header: string; password: string; confirm: string; button: string; title: string };
  done: { header: string; message: string[]; title: string };
}

const labels: Record<"en" | "ja" | "vi", ScreenLabels> = {
  en: {
    tap: "Tap",
    login: {
      header: "Log in",
      email: "Email address",
      password: "Password",
      logIn: "Log in",
      forgot: "Forgot your password?",
      here: "Here",
      title: "Login screen of the app. Tap Here under “Forgot your password?”.",
    },
    form: {
      header: "Password reset",
      email: "Email address",
      confirm: "Confirmation email address",
      send: "Send Email",
      title: "Password reset screen with two e-mail address fields. Tap Send Email.",
    },
    sent: { message: "Email sent", ok: "OK", title: "Message “Email sent”. Tap OK at the bottom right." },
    mail: {
      header: "Inbox",
      from: "From: app system",
      subject: "Password reset",
      body: ["Open the link below", "to set a new password."],
      title: "The password reset e-mail. Tap the link in the message.",
    },
    reset: {
      header: "Password Reset",
      password: "Password for reset",
      confirm: "To confirm password for reset",
      button: "Reset",
      title: "Password Reset page with two password fields. Tap Reset.",
    },
    done: {
      header: "Password Reset",
      message: ["Password reset has", "been completed"],
      title: "Message “Password reset has been completed”.",
    },
  },
  ja: {
    tap: "タップ",
    login: {
      header: "ログイン",
      email: "メールアドレス",
      password: "パスワード",
      logIn: "ログイン",
      forgot: "パスワードをお忘れの方は",
      here: "こちら",
      title: "アプリのログイン画面。「パスワードをお忘れの方は」の下の「こちら」をタップします。",
    },
    form: {
      header: "パスワード再設定",
      email: "メールアドレス",
      confirm: "確認用メールアドレス",
      send: "メール送信",
      title: "パスワード再設定画面。メールアドレスを2か所に入力し、「メール送信」をタップします。",
    },
    sent: {
      message: "メールを送信しました",
      ok: "OK",
      title: "「メールを送信しました」のメッセージ。右下の「OK」をタップします。",
    },
    mail: {
      header: "受信トレイ",
      from: "差出人：アプリのシステム",
      subject: "パスワード再設定",
      body: ["下のリンクを開いて、", "新しいパスワードを設定します。"],
      title: "パスワード再設定のメール。本文のリンクをタップします。",
    },
    reset: {
      header: "パスワード再設定",
      password: "再設定用パスワード",
      confirm: "再設定用パスワード（確認用）",
      button: "再設定",
      title: "パスワード再設定ページ。パスワードを2か所に入力し、「再設定」をタップします。",
    },
    done: {
      header: "パスワード再設定",
      message: ["パスワードの再設定が", "完了しました"],
      title: "「パスワードの再設定が完了しました」のメッセージ。",
    },
  },
  vi: {
    tap: "Chạm",
    login: {
      header: "Đăng nhập",
      email: "Địa chỉ email",
      password: "Mật khẩu",
      logIn: "Đăng nhập",
      forgot: "Quên mật khẩu?",
      here: "Tại đây",
      title: "Màn hình đăng nhập của ứng dụng. Chạm vào “Tại đây” bên dưới “Quên mật khẩu?”.",
    },
    form: {
      header: "Đặt lại mật khẩu",
      email: "Địa chỉ email",
      confirm: "Xác nhận địa chỉ email",
      send: "Gửi email",
      title: "Màn hình đặt lại mật khẩu với hai ô địa chỉ email. Chạm vào “Gửi email”.",
    },
    sent: { message: "Đã gửi email", ok: "OK", title: "Thông báo “Đã gửi email”. Chạm vào OK ở góc dưới bên phải." },
    mail: {
      header: "Hộp thư đến",
      from: "Từ: hệ thống ứng dụng",
      subject: "Đặt lại mật khẩu",
      body: ["Mở liên kết bên dưới", "để đặt mật khẩu mới."],
      title: "Email đặt lại mật khẩu. Chạm vào liên kết trong thư.",
    },
    reset: {
      header: "Đặt lại mật khẩu",
      password: "Mật khẩu mới",
      confirm: "Xác nhận mật khẩu mới",
      button: "Đặt lại",
      title: "Trang đặt lại mật khẩu với hai ô mật khẩu. Chạm vào “Đặt lại”.",
    },
    done: {
      header: "Đặt lại mật khẩu",
      message: ["Đã hoàn tất", "đặt lại mật khẩu"],
      title: "Thông báo “Đã hoàn tất đặt lại mật khẩu”.",
    },
  },
};

// Colours chosen for contrast on white: text 15:1, primary 8:1, highlight 7:1.
const ink = "#1b1b1b";
const muted = "#595959";
const primary = "#0b4a82";
const highlight = "#b3001b";
const screen = { x: 20, y: 60, width: 280, height: 448 };
const centerX = screen.x + screen.width / 2;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function text(x: number, y: number, content: string, options: { size?: number; weight?: number; fill?: string; anchor?: "start" | "middle" | "end"; underline?: boolean } = {}): string {
  const { size = 15, weight = 400, fill = ink, anchor = "start", underline = false } = options;
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${underline ? ' text-decoration="underline"' : ""}>${escapeXml(content)}</text>`;
}

function field(y: number, label: string, value = ""): string {
  return [
    text(screen.x + 20, y, label, { size: 14, fill: muted }),
    `<rect x="${screen.x + 20}" y="${y + 8}" width="${screen.width - 40}" height="38" rx="6" fill="#fff" stroke="${muted}" stroke-width="1.5"/>`,
    value ? text(screen.x + 32, y + 33, value, { size: 16, fill: muted }) : "",
  ].join("");
}

function button(y: number, label: string, options: { x?: number; width?: number } = {}): string {
  const { x = screen.x + 20, width = screen.width - 40 } = options;
  return `<rect x="${x}" y="${y}" width="${width}" height="44" rx="8" fill="${primary}"/>${text(x + width / 2, y + 28, label, { size: 16, weight: 700, fill: "#fff", anchor: "middle" })}`;
}

/** A thick outline around the element to tap, and an arrow with the word "tap" pointing at it. */
function tapHere(box: { x: number; y: number; width: number; height: number }, tap: string, from: { x: number; y: number }): string {
  const pad = 6;
  const outline = `<rect x="${box.x - pad}" y="${box.y - pad}" width="${box.width + pad * 2}" height="${box.height + pad * 2}" rx="10" fill="none" stroke="${highlight}" stroke-width="5"/>`;
  const tipX = from.x < box.x ? box.x - pad - 4 : from.x > box.x + box.width ? box.x + box.width + pad + 4 : from.x;
  const tipY = from.y > box.y + box.height ? box.y + box.height + pad + 4 : from.y < box.y ? box.y - pad - 4 : box.y + box.height / 2;
  const arrow = `<line x1="${from.x}" y1="${from.y}" x2="${tipX}" y2="${tipY}" stroke="${highlight}" stroke-width="5" stroke-linecap="round" marker-end="url(#arrowhead)"/>`;
  const labelY = from.y > tipY ? from.y + 22 : from.y - 10;
  return outline + arrow + text(from.x, labelY, tap, { size: 17, weight: 700, fill: highlight, anchor: "middle" });
}

function header(title: string): string {
  return `<rect x="${screen.x}" y="${screen.y}" width="${screen.width}" height="48" fill="${primary}"/>${text(centerX, screen.y + 31, title, { size: 17, weight: 700, fill: "#fff", anchor: "middle" })}`;
}

function phone(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 568" width="320" height="568" role="img" aria-labelledby="title" font-family="system-ui, sans-serif">
<title id="title">${escapeXml(title)}</title>
<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${highlight}"/></marker></defs>
<rect x="6" y="6" width="308" height="556" rx="38" fill="#2b2b2b"/>
<rect x="${screen.x}" y="${screen.y}" width="${screen.width}" height="${screen.height}" fill="#fff"/>
<rect x="130" y="30" width="60" height="8" rx="4" fill="#777"/>
<rect x="120" y="530" width="80" height="6" rx="3" fill="#777"/>
${body}
</svg>
`;
}

function screens(l: ScreenLabels): Record<string, string> {
  const hereWidth = Math.max(56, l.login.here.length * 17);
  const hereBox = { x: centerX - hereWidth / 2, y: 402, width: hereWidth, height: 26 };
  const okBox = { x: screen.x + screen.width - 116, y: 300, width: 80, height: 44 };
  const linkBox = { x: screen.x + 20, y: 292, width: screen.width - 40, height: 28 };
  return {
    "app-reset-1-login": phone(
      l.login.title,
      header(l.login.header) +
        field(140, l.login.email) +
        field(214, l.login.password) +
        button(282, l.login.logIn) +
        text(centerX, 380, l.login.forgot, { size: 15, anchor: "middle" }) +
        text(centerX, 421, l.login.here, { size: 17, weight: 700, fill: primary, anchor: "middle", underline: true }) +
        tapHere(hereBox, l.tap, { x: centerX + 70, y: 480 }),
    ),
    "app-reset-2-form": phone(
      l.form.title,
      header(l.form.header) +
        field(140, l.form.email, "name@example.com") +
        field(214, l.form.confirm, "name@example.com") +
        button(300, l.form.send) +
        tapHere({ x: screen.x + 20, y: 300, width: screen.width - 40, height: 44 }, l.tap, { x: centerX + 40, y: 430 }),
    ),
    "app-reset-3-sent": phone(
      l.sent.title,
      header(l.form.header) +
        `<rect x="${screen.x}" y="${screen.y + 48}" width="${screen.width}" height="${screen.height - 48}" fill="#000" fill-opacity="0.45"/>` +
        `<rect x="${screen.x + 20}" y="200" width="${screen.width - 40}" height="160" rx="12" fill="#fff" stroke="${ink}" stroke-width="1.5"/>` +
        text(centerX, 255, l.sent.message, { size: 18, weight: 700, anchor: "middle" }) +
        button(okBox.y, l.sent.ok, { x: okBox.x, width: okBox.width }) +
        tapHere(okBox, l.tap, { x: centerX - 60, y: 440 }),
    ),
    "app-reset-4-email": phone(
      l.mail.title,
      header(l.mail.header) +
        text(screen.x + 20, 140, l.mail.from, { size: 14, fill: muted }) +
        text(screen.x + 20, 172, l.mail.subject, { size: 18, weight: 700 }) +
        `<line x1="${screen.x + 20}" y1="188" x2="${screen.x + screen.width - 20}" y2="188" stroke="${muted}" stroke-width="1"/>` +
        l.mail.body.map((line, index) => text(screen.x + 20, 222 + index * 24, line, { size: 15 })).join("") +
        text(screen.x + 28, 312, "https://example.com/reset/…", { size: 15, fill: primary, underline: true }) +
        tapHere(linkBox, l.tap, { x: centerX + 40, y: 420 }),
    ),
    "app-reset-5-reset-page": phone(
      l.reset.title,
      header(l.reset.header) +
        field(140, l.reset.password, "••••••••") +
        field(214, l.reset.confirm, "••••••••") +
        button(300, l.reset.button) +
        tapHere({ x: screen.x + 20, y: 300, width: screen.width - 40, height: 44 }, l.tap, { x: centerX + 40, y: 430 }),
    ),
    "app-reset-6-done": phone(
      l.done.title,
      header(l.done.header) +
        `<circle cx="${centerX}" cy="220" r="40" fill="none" stroke="${primary}" stroke-width="6"/>` +
        `<path d="M${centerX - 18} 220 l12 13 l24 -27" fill="none" stroke="${primary}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>` +
        l.done.message.map((line, index) => text(centerX, 310 + index * 28, line, { size: 18, weight: 700, anchor: "middle" })).join(""),
    ),
  };
}

for (const [locale, localeLabels] of Object.entries(labels)) {
  const folder = join("public", "illustrations", locale);
  mkdirSync(folder, { recursive: true });
  for (const [name, svg] of Object.entries(screens(localeLabels))) {
    writeFileSync(join(folder, `${name}.svg`), svg);
  }
  console.error(`[illustrations] ${locale}: ${folder}`);
}
