/**
 * Writes the illustration of the website's account menu for the "log out first" step of the
 * password change guide (`public/illustrations/<locale>/web-logout-menu.svg`): the profile photo at
 * the top right, the ▼ opened, and "Logout" outlined. Drawn, not captured, so it carries no real
 * brand and its labels follow the page's language. Easy Japanese pages use the Japanese picture.
 *   npx node scripts/make-web-logout-illustration.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface MenuLabels {
  myPage: string;
  logout: string;
  click: string;
  /** The text alternative: what the picture shows and what to do. */
  title: string;
}

const labels: Record<"en" | "ja" | "vi", MenuLabels> = {
  en: {
    myPage: "My Page",
    logout: "Logout",
    click: "Click",
    title: "Top right of the website: your profile photo with a ▼ next to it. The ▼ menu is open and “Logout” is outlined in red.",
  },
  ja: {
    myPage: "マイページ",
    logout: "ログアウト",
    click: "クリック",
    title: "ウェブサイトの右上。プロフィール写真の横に▼があります。▼のメニューが開いていて、「ログアウト」が赤い枠で囲まれています。",
  },
  vi: {
    myPage: "My Page",
    logout: "Logout",
    click: "Bấm",
    title: "Góc trên bên phải trang web: ảnh hồ sơ và dấu ▼ bên cạnh. Menu ▼ đang mở, mục “Logout” được khoanh đỏ.",
  },
};

// Same palette as the app illustrations: text 15:1, primary 8:1, highlight 7:1 on white.
const ink = "#1b1b1b";
const muted = "#595959";
const primary = "#0b4a82";
const highlight = "#b3001b";

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function menuPicture(l: MenuLabels): string {
  const menu = { x: 150, y: 92, width: 150, itemHeight: 44 };
  const logoutY = menu.y + menu.itemHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 260" width="320" height="260" role="img" aria-labelledby="title" font-family="system-ui, sans-serif">
<title id="title">${escapeXml(l.title)}</title>
<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${highlight}"/></marker></defs>
<rect x="1" y="1" width="318" height="258" rx="10" fill="#fff" stroke="${muted}" stroke-width="2"/>
<rect x="1" y="1" width="318" height="26" rx="10" fill="#e6e6e6"/>
<circle cx="18" cy="14" r="5" fill="${muted}"/><circle cx="34" cy="14" r="5" fill="${muted}"/><circle cx="50" cy="14" r="5" fill="${muted}"/>
<rect x="1" y="27" width="318" height="54" fill="${primary}"/>
<rect x="16" y="42" width="92" height="24" rx="4" fill="#fff" fill-opacity="0.85"/>
<circle cx="246" cy="54" r="17" fill="#fff"/>
<circle cx="246" cy="49" r="6" fill="${muted}"/><path d="M235 64 a11 9 0 0 1 22 0 z" fill="${muted}"/>
<text x="280" y="61" font-size="18" fill="#fff" text-anchor="middle">▼</text>
<rect x="${menu.x}" y="${menu.y}" width="${menu.width}" height="${menu.itemHeight * 2}" rx="6" fill="#fff" stroke="${ink}" stroke-width="1.5"/>
<line x1="${menu.x}" y1="${logoutY}" x2="${menu.x + menu.width}" y2="${logoutY}" stroke="${muted}" stroke-width="1"/>
<text x="${menu.x + 16}" y="${menu.y + 28}" font-size="16" fill="${ink}">${escapeXml(l.myPage)}</text>
<text x="${menu.x + 16}" y="${logoutY + 28}" font-size="16" font-weight="700" fill="${ink}">${escapeXml(l.logout)}</text>
<rect x="${menu.x - 5}" y="${logoutY - 5}" width="${menu.width + 10}" height="${menu.itemHeight + 10}" rx="9" fill="none" stroke="${highlight}" stroke-width="5"/>
<line x1="70" y1="225" x2="${menu.x - 10}" y2="${logoutY + 26}" stroke="${highlight}" stroke-width="5" stroke-linecap="round" marker-end="url(#arrowhead)"/>
<text x="62" y="250" font-size="17" font-weight="700" fill="${highlight}" text-anchor="middle">${escapeXml(l.click)}</text>
</svg>
`;
}

for (const [locale, localeLabels] of Object.entries(labels)) {
  const folder = join("public", "illustrations", locale);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "web-logout-menu.svg"), menuPicture(localeLabels));
}
console.error(`wrote web-logout-menu.svg for ${Object.keys(labels).join(", ")}`);
