# sys.exit with a number: the exit status, nothing on stderr
import sys
print("exiting with 3")
sys.exit(3)
