import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { Button, SkipLink } from "suomifi-ui-components";
import { LanguageSwitch } from "./LanguageSwitch";
import { navItemsFor } from "./navigation";
import { useSession, useSignOut } from "./session";
import { useFollowUserLanguage } from "./useLanguage";

function MainNav() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null;
  return (
    <nav className="main-nav" aria-label={t("nav.label")}>
      <ul>
        {navItemsFor(session.user.roles).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === "/" || item.to === "/me"} className="main-nav__link">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { session } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name">{session.user.name}</span>
      <Button
        variant="secondary"
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/sign-in") })}
        disabled={signOut.isPending}
      >
        {t("app.signOut")}
      </Button>
    </div>
  );
}

/** Moves focus to the new page's heading after in-app navigation, as a page load would for screen readers. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    // Comparing paths (not counting renders) also keeps StrictMode's double effects from stealing focus on load.
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>("main h1") ?? document.getElementById("main");
    target?.focus();
  }, [pathname]);
}

/** The page frame: banner with product, language and user; navigation; main content. */
export function Layout() {
  const { t } = useTranslation();
  useFollowUserLanguage();
  useFocusOnNavigation();
  return (
    <div className="app">
      <header className="app-header">
        <SkipLink href="#main">{t("app.skipToContent")}</SkipLink>
        <div className="app-header__bar">
          <NavLink to="/" className="app-header__brand">
            {t("app.productName")}
          </NavLink>
          <div className="app-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
