from alembic import context

config = context.config
DEFAULT_URL = "sqlite:///./app.db"


def run():
    context.configure(url=config.get_main_option("sqlalchemy.url") or DEFAULT_URL,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
