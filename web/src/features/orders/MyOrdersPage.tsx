import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Paragraph } from "suomifi-ui-components";
import { isoToInputDate } from "../../app/dates";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { JobStatusTag } from "../small-jobs/shared";
import { needsLink, useMyOrders, useOrdererSignOut } from "./api";
import { LinkRequestForm } from "./LinkRequestForm";
import "./orders.css";

/** /order/mine — the orderer's orders (by the cookie the e-mail link gave), or the "send me a link" form. */
export function MyOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orders = useMyOrders();
  const signOut = useOrdererSignOut();
  return (
    <div className="narrow order">
      <PageTitle>{t("orders.mine.title")}</PageTitle>
      {orders.isPending && <Loading />}
      {needsLink(orders.error) ? (
        <>
          <Paragraph mb="m">{t("orders.mine.needLink")}</Paragraph>
          <LinkRequestForm />
        </>
      ) : (
        <ProblemAlert error={orders.error} />
      )}
      {orders.data && (
        <>
          <Paragraph mb="m">{t("orders.mine.hello", { name: orders.data.orderer.name })}</Paragraph>
          {orders.data.data.length === 0 ? (
            <Paragraph>{t("orders.mine.none")}</Paragraph>
          ) : (
            <ul className="order-list">
              {orders.data.data.map((o) => (
                <li key={o.id} className="order-list__item">
                  <AppLink to={`/order/mine/${o.id}`}>{o.title}</AppLink>
                  <div className="order-list__meta">
                    <JobStatusTag status={o.status} />{" "}
                    {!o.confirmed && <span className="muted">{t("orders.mine.unconfirmed")} </span>}
                    <span>
                      {isoToInputDate(o.startsOn)} – {isoToInputDate(o.endsOn)}, {o.brokerName}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <div className="form__actions">
            <Button variant="secondary" onClick={() => navigate("/order")}>
              {t("orders.mine.newOrder")}
            </Button>
            <Button
              variant="secondary"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/order") })}
            >
              {t("orders.mine.signOut")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
