def run_create(cur, database_engine, *args, **kwargs):
    pass
