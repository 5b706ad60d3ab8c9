import { describe, expect, it } from "vitest";
import {
  addDays,
  checkOrder,
  estimatedGross,
  formKeyOf,
  initialOrder,
  type OrderFormValues,
} from "./orderForm";

const today = "2026-05-31";
const filled = (overrides: Partial<OrderFormValues> = {}): OrderFormValues => ({
  ...initialOrder(today, "fi"),
  regionCode: "kuusi",
  organisationId: "0b0b0b0b-0000-4000-8000-000000000001",
  title: "Haravointi",
  category: "yard",
  village: "Ylikylä",
  address: "Mäkitie 3",
  name: "Helka",
  email: "helka@example.fi",
  ...overrides,
});

describe("the household order form", () => {
  it("starts tomorrow for a week, 2 hours at 15 € an hour, one worker, the association employing", () => {
    const values = initialOrder(today, "fi");
    expect(values).toMatchObject({
      startsOn: "1.6.2026",
      endsOn: "7.6.2026",
      hours: "2",
      payType: "hourly",
      pay: "15,00",
      places: "1",
      employer: "association",
    });
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
  });

  it("turns the typed values into the order body in cents and minutes", () => {
    const { errors, body } = checkOrder(filled({ pay: "15,50", hours: "2,5" }), today, "sv");
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      regionCode: "kuusi",
      language: "sv",
      orderer: {
        name: "Helka",
        email: "helka@example.fi",
        phone: null,
        address: "Mäkitie 3",
        billingAddress: null,
      },
      job: { startsOn: "2026-06-01", endsOn: "2026-06-07", estimatedMinutes: 150, payCents: 1550, places: 1 },
    });
    expect(body).not.toHaveProperty("website");
  });

  it("names each field to fix and sends nothing", () => {
    const { errors, body } = checkOrder(
      filled({ title: " ", email: "no", startsOn: "30.5.2026", endsOn: "29.5.2026", pay: "-3", places: "0" }),
      today,
      "fi",
    );
    expect(body).toBeNull();
    expect(errors).toMatchObject({
      title: "required",
      email: "email",
      startsOn: "startsInPast",
      endsOn: "windowEndsBeforeStart",
      pay: "amount",
      places: "places",
    });
    expect(checkOrder(filled({ billingDifferent: true }), today, "fi").errors.billingAddress).toBe(
      "required",
    );
  });

  it("maps the server's field paths to the form's fields", () => {
    expect(formKeyOf("job.payCents")).toBe("pay");
    expect(formKeyOf("job.endsOn")).toBe("endsOn");
    expect(formKeyOf("orderer.email")).toBe("email");
    expect(formKeyOf("organisationId")).toBe("organisationId");
    expect(formKeyOf("nonsense")).toBeNull();
  });

  it("estimates one worker's gross in whole cents, rounding half up", () => {
    expect(estimatedGross("hourly", 1550, 150)).toBe(3875);
    expect(estimatedGross("hourly", 1001, 1)).toBe(17);
    expect(estimatedGross("lump_sum", 8000, 600)).toBe(8000);
  });
});
