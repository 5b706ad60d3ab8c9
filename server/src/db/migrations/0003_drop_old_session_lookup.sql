-- polku_auth_session is superseded by polku_auth_session_user (0002): one definer function fewer.
DROP FUNCTION polku_auth_session(text);
