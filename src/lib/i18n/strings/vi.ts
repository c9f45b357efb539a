import type { UiStrings } from "./en.ts";

export default {
  "site.tagline": "Hỗ trợ đăng ký, đăng nhập và lấy lại tài khoản",
  "nav.skip": "Chuyển đến nội dung chính",
  "nav.home": "Trang chủ trung tâm trợ giúp",
  "nav.breadcrumbs": "Vị trí hiện tại",
  "nav.language": "Ngôn ngữ",
  "nav.languageCurrent": "{language} (đang xem)",
  "search.label": "Tìm kiếm trong trung tâm trợ giúp",
  "search.placeholder": "Ví dụ: đặt lại mật khẩu",
  "search.button": "Tìm kiếm",
  "home.title": "Chúng tôi có thể giúp gì cho bạn?",
  "home.intro": "Tìm câu trả lời về tài khoản của bạn, hoặc trả lời vài câu hỏi để tìm cách khắc phục.",
  "home.categories": "Tìm theo chủ đề",
  "home.troubleshooters": "Giải quyết vấn đề từng bước",
  "home.audiences": "Trợ giúp dành cho bạn",
  "category.articles": "Bài viết trong chủ đề này",
  "category.empty": "Chủ đề này chưa có bài viết.",
  "audience.articles": "Bài viết dành cho bạn",
  "article.published": "Ngày đăng",
  "article.updated": "Cập nhật lần cuối",
  "article.related": "Bài viết liên quan",
  "article.kind.faq": "Câu hỏi",
  "article.kind.guide": "Hướng dẫn từng bước",
  "article.onThisPage": "Nội dung trang này",
  "footer.contact": "Vẫn cần trợ giúp? Hãy liên hệ với chúng tôi",
  "contact.phone": "Điện thoại",
  "contact.hours": "Giờ làm việc",
  "contact.hoursWeekdays": "Ngày thường {open}–{close} (giờ Nhật Bản)",
  "contact.closedWeekends": "Nghỉ thứ Bảy, Chủ nhật và ngày lễ",
  "contact.page": "Gửi tin nhắn cho chúng tôi",
  "notFound.title": "Không tìm thấy trang",
  "notFound.body": "Liên kết có thể đã cũ hoặc bị gõ sai. Hãy thử tìm kiếm hoặc bắt đầu lại từ trang chủ.",
  "notFound.home": "Về trang chủ trung tâm trợ giúp",
  "fallback.notice": "Trang này chưa có bằng {language}. Đang hiển thị bằng {shown}.",
  "fallback.home": "Về trang chủ {language}",
  "password.rulesHeading": "Quy tắc mật khẩu",
  "password.rule.minLength": "Từ {count} ký tự trở lên",
  "password.rule.noSpaces": "Không có dấu cách",
  "password.rule.noCapitals": "Không có chữ in hoa (A–Z)",
  "password.rule.minKinds": "Kết hợp ít nhất {count} trong {total} loại: chữ in hoa (ABC…), chữ thường (abc…), chữ số (123…), ký hiệu",
  "password.rule.allowedSymbols": "Các ký hiệu được dùng: {symbols}",
  "root.title": "Chọn ngôn ngữ",
  // --- troubleshooters ---
  // --- search ---
  // --- reading aids ---
  // --- editors and agents ---
  // --- quality ---
  // --- content ---
} satisfies UiStrings;
