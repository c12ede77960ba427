"""Support tickets: the desk-neutral interface (`desk`) and its adapters (`rt`)."""
