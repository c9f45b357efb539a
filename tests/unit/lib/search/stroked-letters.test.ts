import { describe, expect, it } from "vitest";
import {
  foldStrokedLetters,
  markStrokedLetters,
  markStrokedLettersInHtml,
  strokeMark,
  unmarkStrokedLetters,
} from "../../../../src/lib/search/stroked-letters.ts";

/** What Pagefind does to a word on both sides: its marks dropped (pagefind.js, `normalize("NFD")…`). */
const pagefindWord = (text: string) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

describe("stroked letters in the index and the query", () => {
  it("makes đ fold to d the way Pagefind folds ă to a, whichever way the reader types it", () => {
    const indexed = pagefindWord(markStrokedLetters("Đăng nhập được"));
    expect(indexed).toBe("dang nhap duoc");
    expect(pagefindWord(markStrokedLetters("dang nhap duoc"))).toBe(indexed);
    expect(pagefindWord(markStrokedLetters("đăng nhập được"))).toBe(indexed);
  });
  it("gives an excerpt its letters back around Pagefind's highlights", () => {
    expect(unmarkStrokedLetters(`<mark>${markStrokedLetters("đăng")}</mark> nhập ${markStrokedLetters("Đ")}`)).toBe("<mark>đăng</mark> nhập Đ");
  });
  it("gives the page its letters back, and leaves every other text alone", () => {
    for (const text of ["Đổi địa chỉ email đã đăng ký", "Łódź, Øresund", "dạng đang", "ログイン", "e-mail"]) {
      expect(unmarkStrokedLetters(markStrokedLetters(text))).toBe(text);
    }
    expect(markStrokedLetters("email dang nhap")).toBe("email dang nhap");
  });
  it("folds for comparison without the mark", () => {
    expect(foldStrokedLetters("Đổi đt")).toBe("Dổi dt");
  });
  it("marks text nodes only: filters and metadata in attributes stay as the results page sends them", () => {
    const html = `<p data-pagefind-filter="category:Đăng nhập">Đăng nhập</p>`;
    expect(markStrokedLettersInHtml(html)).toBe(`<p data-pagefind-filter="category:Đăng nhập">D${strokeMark}ăng nhập</p>`);
  });
});
