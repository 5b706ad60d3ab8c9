import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password";

describe("passwordProblem", () => {
  it("asks for a password first", () => {
    expect(passwordProblem("", "")).toBe("empty");
  });

  it("requires at least 12 characters", () => {
    expect(passwordProblem("lyhyt-salas", "lyhyt-salas")).toBe("tooShort");
    expect(passwordProblem("kaksitoista!", "kaksitoista!")).toBeNull();
  });

  it("counts code points, not UTF-16 units", () => {
    expect(passwordProblem("🙂🙂🙂🙂🙂🙂", "🙂🙂🙂🙂🙂🙂")).toBe("tooShort");
  });

  it("requires the confirmation to match", () => {
    expect(passwordProblem("pitkä-salasana-1", "pitkä-salasana-2")).toBe("mismatch");
  });
});
