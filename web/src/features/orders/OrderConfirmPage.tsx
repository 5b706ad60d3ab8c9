import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { Paragraph } from "suomifi-ui-components";
import { ApiError } from "../../app/api";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { SuccessNotice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useConfirmLink, useMyOrders } from "./api";
import { LinkRequestForm } from "./LinkRequestForm";
import { OrderView } from "./OrderView";
import "./orders.css";

/** /order/confirm/:token — the one-time link from the e-mail: confirms the order and shows it. */
export function OrderConfirmPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const confirm = useConfirmLink(token);
  const usedUp = confirm.error instanceof ApiError && confirm.error.status === 404;
  // A link already used in this browser: the cookie it gave may still open the orders.
  const mine = useMyOrders(usedUp);

  if (confirm.isPending) {
    return (
      <div className="narrow order">
        <PageTitle>{t("orders.confirm.title")}</PageTitle>
        <Loading />
      </div>
    );
  }
  if (confirm.data && confirm.data.data === null) return <Navigate to="/order/mine" replace />;
  if (confirm.data?.data) {
    const order = confirm.data.data;
    return (
      <div className="narrow order">
        <PageTitle>{t("orders.confirm.title")}</PageTitle>
        <SuccessNotice>{t("orders.confirm.done", { title: order.title })}</SuccessNotice>
        <Paragraph mb="m">{t("orders.confirm.next", { broker: order.brokerName })}</Paragraph>
        <OrderView order={order} can={confirm.data.can} />
        <Paragraph>
          <AppLink to="/order/mine">{t("orders.mine.link")}</AppLink>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="narrow order">
      <PageTitle>{t("orders.confirm.failedTitle")}</PageTitle>
      <ProblemAlert error={confirm.error} />
      {mine.isSuccess && (
        <Paragraph mb="m">
          <AppLink to="/order/mine">{t("orders.mine.link")}</AppLink>
        </Paragraph>
      )}
      <LinkRequestForm />
    </div>
  );
}
